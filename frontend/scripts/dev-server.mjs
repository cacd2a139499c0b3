// The frontend server `wails dev` starts (wails.json frontend:dev:watcher).
// Normally the Vite dev server with hot reload. For the end-to-end suite
// (STEADY_E2E_DIST set to a folder) a production build in that folder,
// served as it is: a dev server reloads the page when it optimises a newly
// seen dependency or a file changes, and a reload in the middle of a test
// step loses what the step typed.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build, preview } from 'vite'

const dist = process.env.STEADY_E2E_DIST
if (dist) {
  // The suite starts an app per test file; one build serves them all.
  if (!existsSync(join(dist, 'index.html'))) {
    await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } })
  }
  const server = await preview({ build: { outDir: dist }, preview: { port: 4173, strictPort: false } })
  server.printUrls()
} else {
  // The CLI prints the "VITE vX" banner Wails reads the version from.
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' })
  vite.on('exit', (code) => process.exit(code ?? 0))
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => vite.kill(sig))
}
