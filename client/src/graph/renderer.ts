// Which renderer to use, decided at run time: cytoscape's WebGL renderer only on a hardware GPU. On
// SwiftShader, llvmpipe or any "Software" rasteriser it is slower than canvas, so canvas with the
// viewport texture (fast pans and zooms on large graphs) is the choice there.
export type RendererName = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

/** The unmasked WebGL renderer string, or null when WebGL is unavailable. */
export function webglRendererString(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

export function isHardwareGpu(renderer: string | null): boolean {
  return renderer !== null && !SOFTWARE.test(renderer);
}

/** `?renderer=webgl|canvas` forces one (benchmarks compare both); otherwise the GPU decides. */
export function chooseRenderer(search: string = location.search): { name: RendererName; gpu: string | null } {
  const forced = new URLSearchParams(search).get('renderer');
  const gpu = webglRendererString();
  if (forced === 'webgl' || forced === 'canvas') return { name: forced, gpu };
  return { name: isHardwareGpu(gpu) ? 'webgl' : 'canvas', gpu };
}
