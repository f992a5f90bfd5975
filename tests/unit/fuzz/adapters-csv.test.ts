// The CSV sources, 10,000 generated rows each (tests/unit/fuzz/files.ts says what is generated and checked).
import { fuzzFormat } from './files';
import { FORMATS } from '../../support/source-formats';

for (const name of ['France Services CSV', 'libraries CSV', 'tiers-lieux census CSV (mapping)', 'schema v1 CSV (national export)']) fuzzFormat(name, FORMATS[name]!, 100);
