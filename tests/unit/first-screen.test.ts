import { describe, expect, it } from 'vitest';
import { firstScreenFiles, staticImports } from '../../src/cli/first-screen.ts';

describe('the first screen of a build', () => {
  it('reads static imports in minified and spaced forms, and leaves dynamic imports out', () => {
    const code =
      'import{a as e,b as t}from"./shared-1.js";import"./side.js";import * as ns from \'./ns.js\';const p=import("./lazy.js");';
    expect(staticImports('assets/index.js', code)).toEqual(['assets/shared-1.js', 'assets/side.js', 'assets/ns.js']);
  });

  it('follows the entry’s static imports through every level, once each, with the stylesheet', async () => {
    const html =
      '<link rel="stylesheet" crossorigin href="/assets/index.css"><script type="module" crossorigin src="/assets/index.js"></script>';
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./a.js";import{b}from"./b.js";import("./route.js")',
      'assets/a.js': 'import{c}from"./c.js";export const a=1',
      'assets/b.js': 'import{c}from"./c.js";import{a}from"./a.js";export const b=2',
      'assets/c.js': 'export const c=3',
      'assets/route.js': 'import{a}from"./a.js"',
    };
    const read = async (path: string) => files[path] ?? Promise.reject(new Error(`no ${path}`));
    expect((await firstScreenFiles(html, read)).sort()).toEqual([
      'assets/a.js',
      'assets/b.js',
      'assets/c.js',
      'assets/index.css',
      'assets/index.js',
    ]);
  });
});
