import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { request } from '../../components/messaging/messenger';
import { DataSection } from '../../components/options/DataSection';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/ui.css';
import { exampleLlmPreview } from '../../utils/llm';

async function requestOrigin(baseUrl: string): Promise<boolean> {
  const origin = `${new URL(baseUrl).origin}/*`;
  if (await browser.permissions.contains({ origins: [origin] })) return true;
  return browser.permissions.request({ origins: [origin] });
}

createRoot(document.getElementById('root')!).render(
  <OptionsApp
    request={request}
    requestOrigin={requestOrigin}
    llmPreview={(llm) => exampleLlmPreview(llm, new Date())}
    dataSection={(reload) => <DataSection request={request} reload={reload} requestOrigin={requestOrigin} />}
  />,
);
