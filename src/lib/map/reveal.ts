/**
 * When to show the map: once it is drawn in full at its first framing. No pop-in of land, then
 * lines, then labels, and no frames painted for nobody to see: where WebGL runs on the CPU,
 * each frame shown costs the main thread a read-back, and a loading map draws a dozen.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { on } from './on';

/** How long the fence is polled at most (ms): a stuck GPU must not keep the map hidden. */
const FENCE_TIMEOUT_MS = 3000;

/**
 * Resolves once the GPU has carried out every drawing command sent so far, polled with a
 * WebGL 2 fence between tasks. Showing the canvas earlier makes the browser wait for them on
 * the main thread, and where WebGL runs on the CPU a loading map leaves a backlog of several
 * hundred milliseconds. Not at all without WebGL 2.
 */
export function gpuCaughtUp(canvas: HTMLCanvasElement): Promise<void> {
  // The map's own context: asking a canvas for the type it already has returns that context.
  const gl = canvas.getContext('webgl2');
  const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!gl || !sync) return Promise.resolve();
  gl.flush();
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      const done =
        gl.isContextLost() ||
        gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
        performance.now() - started > FENCE_TIMEOUT_MS;
      if (!done) return void setTimeout(poll, 16);
      if (!gl.isContextLost()) gl.deleteSync(sync);
      resolve();
    };
    poll();
  });
}

/**
 * Calls `shown` once the map is idle (nothing left to load or move) and the GPU has caught
 * up. Returns the function that cancels it.
 */
export function whenDrawn(m: MapLibreMap, shown: () => void): () => void {
  let cancelled = false;
  const off = on(m, 'idle', () => {
    off();
    void gpuCaughtUp(m.getCanvas()).then(() => {
      if (!cancelled) shown();
    });
  });
  // 'idle' follows a render with nothing left to load or move; make sure one comes.
  m.triggerRepaint();
  return () => {
    cancelled = true;
    off();
  };
}
