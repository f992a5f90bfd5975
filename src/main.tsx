import { App } from './app/App';
import { boot } from './app/boot';

void boot(App);
