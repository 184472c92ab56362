import { test } from 'vitest';
import { exportDocumentMarkdown } from '@shared/export/markdown-export';
import { noteMarkdown } from '@shared/export/note-markdown';
import { buildAnnotationWorkload } from '../../../../bench/support/annotation-workload';
test('bench', () => {
  const w = buildAnnotationWorkload(10_000);
  const bare = w.annotations.map((a) => ({ ...a, note: { editorState: null, text: '', markdown: '' } }));
  for (let i = 0; i < 4; i++) {
    let t = performance.now();
    exportDocumentMarkdown({ ...w, annotations: bare, colorMeanings: { yellow: 'مهم' }, reader: { id: 'r', name: 'R' }, exportedAt: new Date(), language: 'ar', options: { scope: 'all', includeOrphans: true } });
    const tb = performance.now() - t;
    t = performance.now();
    for (const a of w.annotations) noteMarkdown(a.note);
    const tn = performance.now() - t;
    t = performance.now(); JSON.stringify(w.annotations); const tj = performance.now() - t;
    console.log(`bare ${tb.toFixed(0)} notes ${tn.toFixed(0)} json ${tj.toFixed(0)}`);
  }
}, 300000);
