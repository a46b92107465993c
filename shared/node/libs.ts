/**
 * The readers' libraries (iconv-lite, parse5, encoding-sniffer, saxes, fflate, cfb) and picomatch, bundled
 * apart as dist/libs.js (scripts/build.mjs). They are about 1.2 MB of the command line's and the language
 * server's 1.9 and 2.4 MB; in their bundles V8 had to read and pre-parse them at every start, in the main
 * thread and in every worker, even behind lazy() and even when every file is UTF-8 text: about 35 ms of
 * each isolate's start. Only `libraries()` (./lazy.ts) loads this file, on the first file that needs
 * one of them. Each library is still initialised on its own first call.
 */
import type * as EncodingSniffer from 'encoding-sniffer';
import type * as Iconv from 'iconv-lite';
import type * as Parse5 from 'parse5';
import type * as Saxes from 'saxes';
import type * as Fflate from 'fflate';
import type * as Cfb from 'cfb';
import type Picomatch from 'picomatch';

export const iconv = (): typeof Iconv => require('iconv-lite') as typeof Iconv;
export const sniffer = (): typeof EncodingSniffer => require('encoding-sniffer') as typeof EncodingSniffer;
export const parse5 = (): typeof Parse5 => require('parse5') as typeof Parse5;
export const saxes = (): typeof Saxes => require('saxes') as typeof Saxes;
export const fflate = (): typeof Fflate => require('fflate') as typeof Fflate;
// The minified build: the same code as `cfb` in half the bundle (34 KB instead of 62 KB).
export const cfb = (): typeof Cfb => require('cfb/dist/cfb.min.js') as typeof Cfb;
export const picomatch = (): typeof Picomatch => require('picomatch') as typeof Picomatch;
