import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { request } from '../../components/messaging/messenger';
import { DataSection } from '../../components/options/DataSection';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/ui.css';
import { llmRequestPreview } from '../../utils/service/llm-preview';

async function requestOrigin(baseUrl: string): Promise<boolean> {
  const origin = `${new URL(baseUrl).origin}/*`;
  if (await browser.permissions.contains({ origins: [origin] })) return true;
  return browser.permissions.request({ origins: [origin] });
}

createRoot(document.getElementById('root')!).render(
  <OptionsApp
    request={request}
    requestOrigin={requestOrigin}
    llmPreview={(llm, book) => llmRequestPreview(book, llm, new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)}
    dataSection={(reload) => <DataSection request={request} reload={reload} requestOrigin={requestOrigin} />}
  />,
);
