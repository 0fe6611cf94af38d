import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
export function yamlPacksVite(): VitePlugin;
export function yamlPacksEsbuild(): EsbuildPlugin;
