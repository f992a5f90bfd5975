// The embed route's entry (embed/index.html → /embed/?…): the finder alone, for a partner's site.
import { boot } from '../app/boot';
import { EmbedApp } from './EmbedApp';

void boot(EmbedApp);
