import { startApp } from './lifecycle';

startApp(__dirname);
