import { extract } from './extractor';
console.log(JSON.stringify(extract(process.argv[2] ?? '')));
