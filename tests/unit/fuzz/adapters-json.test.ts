// The JSON sources in the schema's wordings and Maine-et-Loire's, 10,000 generated rows each
// (tests/unit/fuzz/files.ts says what is generated and checked).
import { fuzzFormat } from './files';
import { FORMATS } from '../../support/source-formats';

for (const name of ['Maine-et-Loire JSON', 'schema v0 JSON (cnfs)', 'schema early JSON (cnfs 2022-07)', 'schema v0 JSON, data·inclusion (id spaces, SIAO left out)']) fuzzFormat(name, FORMATS[name]!, 100);
