// The part of markdown-it's API the hover rendering test uses (the package ships no types).
declare module 'markdown-it' {
  interface MarkdownItOptions {
    html?: boolean;
    linkify?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: MarkdownItOptions);
    render(source: string): string;
    validateLink: (url: string) => boolean;
  }
}
