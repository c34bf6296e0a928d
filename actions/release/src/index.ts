import { run } from '../../../shared/action/run.js';
import { main } from './main.js';

await run('release', main);
