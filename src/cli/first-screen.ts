// Which built files the first screen needs: what index.html loads, and every chunk those scripts import statically.

/** The scripts and stylesheets index.html itself loads. */
export function htmlAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<(?:script[^>]*src|link[^>]*href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
}

/** A built chunk's static imports (`import{a}from"./x.js"`, `import"./x.js"`), not its `import("./x.js")` calls. */
export function staticImports(chunkPath: string, code: string): string[] {
  const folder = chunkPath.slice(0, chunkPath.lastIndexOf('/') + 1);
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (m) => folder + m[1]!,
  );
}

/**
 * Everything the browser must fetch before the first screen runs. The build injects no modulepreload links, so
 * the entry's static imports are found in the code itself; missing them once hid a third of the first screen.
 */
export async function firstScreenFiles(
  indexHtml: string,
  readText: (path: string) => Promise<string>,
): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    if (found.has(path)) return;
    found.add(path);
    if (path.endsWith('.js')) for (const imported of staticImports(path, await readText(path))) await visit(imported);
  };
  for (const path of htmlAssets(indexHtml)) await visit(path);
  return [...found];
}
