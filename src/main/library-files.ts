import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleDocument, DocumentManifest, DocumentSummary } from '@shared/document/document-model';
import { buildDocument, parseLibraryIndex, parseManifest, summarize } from '@shared/document/library';
import { DOCUMENT_ID_PATTERN } from '@shared/platform/platform-contract';
import { resolveRelated } from '@shared/document/related-titles';

export interface LibraryLocation {
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder puts extra resources. */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root while developing. */
  appPath: string;
}

/** The library ships as files beside the app, never inside the JavaScript bundle. */
export function resolveLibraryDir({ isPackaged, resourcesPath, appPath }: LibraryLocation): string {
  return isPackaged ? join(resourcesPath, 'library') : join(appPath, 'resources', 'library');
}

export interface Library {
  listDocuments(): Promise<DocumentSummary[]>;
  loadDocument(id: string): Promise<ArticleDocument>;
}

export function createLibrary(
  dir: string,
  read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
): Library {
  async function readJson(name: string): Promise<unknown> {
    const text = await read(join(dir, name));
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`Library file ${name} is not valid JSON`, { cause: error });
    }
  }

  async function documentIds(): Promise<string[]> {
    return parseLibraryIndex(await readJson('index.json'));
  }

  async function manifest(id: string): Promise<DocumentManifest> {
    const found = parseManifest(await readJson(`${id}.json`));
    if (found.id !== id) throw new Error(`Library manifest ${id}.json names a different id: ${found.id}`);
    return found;
  }

  return {
    async listDocuments() {
      return Promise.all((await documentIds()).map(async (id) => summarize(await manifest(id))));
    },
    async loadDocument(id) {
      // Only ids the index lists may name files, whatever the caller validated before.
      if (!DOCUMENT_ID_PATTERN.test(id) || !(await documentIds()).includes(id)) {
        throw new Error(`No document ${JSON.stringify(id)} in the library`);
      }
      const found = await manifest(id);
      const document = buildDocument(found, await read(join(dir, found.file)));
      // "Read also" titles that name a bundled document link to it, as the renderer links imported ones.
      const others = await Promise.all((await documentIds()).filter((other) => other !== id).map(manifest));
      const related = resolveRelated(
        document.related.map((piece) => piece.title),
        others.map((other) => ({ id: other.id, title: other.title })),
      );
      return { ...document, related };
    },
  };
}
