/** Escaping and colours shared by the HTML audit's page and charts. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** RAG colours as councils print them; other statuses (Contextual, Baseline) are grey. */
export const RAG_COLOURS: Record<string, string> = { Red: '#c0392b', Amber: '#d68910', Green: '#1e8449', Blue: '#2471a3' };
