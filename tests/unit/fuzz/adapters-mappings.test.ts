// The sources read through a declared column mapping (data/mappings/), 10,000 generated rows each
// (tests/unit/fuzz/files.ts says what is generated and checked).
import { fuzzFormat } from './files';
import { FORMATS } from '../../support/source-formats';

for (const name of ['Hub Lo JSON (mapping)', 'Gironde JSON (mapping, no id)', 'Aix-en-Provence JSON (mapping)', 'Le Havre JSON (mapping)', 'Numi JSON (mapping)', 'Hub du Sud JSON (census rows)', 'Hub Antilles JSON (result_citycode)']) fuzzFormat(name, FORMATS[name]!, 100);
