import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { datasetSchema, describeIssues } from '@/lib/figures-schema';

// Placeholder shell until the dashboard lands: loads and validates the data, says how much it holds.
function App() {
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '加载中…', error: false });
  useEffect(() => {
    fetch('data/figures.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`data/figures.json: HTTP ${r.status}`))))
      .then((json: unknown) => {
        const parsed = datasetSchema.safeParse(json);
        if (!parsed.success) throw new Error(`data/figures.json: ${describeIssues(parsed.error).join('; ')}`);
        setMessage({ text: `共 ${parsed.data.figures.length} 项数据`, error: false });
      })
      .catch((e: unknown) => {
        setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
      });
  }, []);
  return <main>{message.error ? <p role="alert">{message.text}</p> : <p>{message.text}</p>}</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
