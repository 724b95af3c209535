// Who signs a new fact check: the `newsmark.factCheck.author` setting, else git's user.name (asked
// once, with a time limit), else "anonymous".
import * as vscode from 'vscode';

const DEFAULT_AUTHOR = 'anonymous';

export class FactCheckAuthor {
  private gitAuthor: Promise<string | undefined> | undefined;

  /** Forgets git's answer, so the next fact check asks again (the setting changed). */
  forget(): void {
    this.gitAuthor = undefined;
  }

  /** The name stored as `creator`: the `newsmark.factCheck.author` setting, else git's user.name, else "anonymous". */
  async of(document?: vscode.TextDocument): Promise<string> {
    const setting = vscode.workspace.getConfiguration('newsmark.factCheck', document?.uri).get<unknown>('author');
    if (typeof setting === 'string' && setting.trim() !== '') return setting.trim();
    this.gitAuthor ??= gitUserName(document?.uri);
    return (await this.gitAuthor) ?? DEFAULT_AUTHOR;
  }
}

/** The subset of the built-in git extension's API used here. */
interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
}

/** git's user.name, if the git extension is there and knows it (never in the browser). */
async function gitUserName(uri: vscode.Uri | undefined): Promise<string | undefined> {
  try {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return undefined;
    const exports = extension.isActive ? extension.exports : await withTimeout(extension.activate(), 3000);
    const api = exports?.getAPI(1);
    const repository = (uri && api?.getRepository(uri)) || api?.repositories[0];
    if (!repository) return undefined;
    const name = (await withTimeout(repository.getConfig('user.name'), 3000)) || (await withTimeout(repository.getGlobalConfig('user.name'), 3000));
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Thenable<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
