import { defineMailContentScript } from '../../components/content/define-mail-script';
import { outlookAdapter } from '../../utils/mail';

export default defineMailContentScript(['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'], outlookAdapter);
