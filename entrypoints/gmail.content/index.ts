import { defineMailContentScript } from '../../components/content/define-mail-script';
import { gmailAdapter } from '../../utils/mail';

export default defineMailContentScript(['https://mail.google.com/*'], gmailAdapter);
