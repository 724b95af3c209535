/**
 * Where an article's fact checks live: `<workspace folder>/<annotations folder>/<article path>.annotations.json`,
 * so the folder mirrors the articles and git carries both together.
 */

export const DEFAULT_ANNOTATIONS_FOLDER = '.newsmark';
export const ANNOTATION_FILE_SUFFIX = '.annotations.json';

/**
 * The annotations folder setting as a clean relative path (`a/b`), or `undefined` when it would
 * leave the workspace folder (absolute, drive letter, `..`) or is empty.
 */
export function normalizeAnnotationsFolder(setting: unknown): string | undefined {
  if (typeof setting !== 'string') return undefined;
  const parts = setting.trim().replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || /^\s*([/\\]|[a-zA-Z]:)/.test(setting) || parts.some((p) => p === '..' || /[\0:*?"<>|]/.test(p))) return undefined;
  return parts.join('/');
}

/** The article's path relative to its folder (`/`-separated), from two URI paths; `undefined` when outside. */
export function relativeArticlePath(folderPath: string, articlePath: string): string | undefined {
  const base = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  if (!articlePath.startsWith(base)) return undefined;
  const relative = articlePath.slice(base.length);
  return relative.length > 0 ? relative : undefined;
}

/** Path of the annotation file relative to the workspace folder; `undefined` for files inside the annotations folder itself. */
export function annotationFilePath(annotationsFolder: string, articlePath: string): string | undefined {
  if (articlePath === annotationsFolder || articlePath.startsWith(`${annotationsFolder}/`)) return undefined;
  return `${annotationsFolder}/${articlePath}${ANNOTATION_FILE_SUFFIX}`;
}

/** The article an annotation file belongs to (both relative to the workspace folder). */
export function articlePathOf(annotationsFolder: string, annotationPath: string): string | undefined {
  const prefix = `${annotationsFolder}/`;
  if (!annotationPath.startsWith(prefix) || !annotationPath.endsWith(ANNOTATION_FILE_SUFFIX)) return undefined;
  const article = annotationPath.slice(prefix.length, annotationPath.length - ANNOTATION_FILE_SUFFIX.length);
  return article.length > 0 ? article : undefined;
}
