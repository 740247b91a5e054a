import { errorMessage } from './errors.js';
console.log(errorMessage(new Error('ok')));
