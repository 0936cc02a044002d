/**
 * A short two-tone beep made with the Web Audio API (no audio file to load). Browsers let a
 * page play sound only after a user gesture, so the context is created by `unlock()` from the
 * "sound" switch's click, and `play()` stays silent until then.
 */
export class Chime {
  private context: AudioContext | undefined;

  /** Call from a click or key press: creates (or resumes) the audio context. */
  async unlock(): Promise<void> {
    this.context ??= new AudioContext();
    if (this.context.state === 'suspended') await this.context.resume();
  }

  get unlocked(): boolean {
    return this.context?.state === 'running';
  }

  play(): void {
    const context = this.context;
    if (!context || context.state !== 'running') return;
    const start = context.currentTime;
    // Two short notes, a fifth apart: noticeable in a loud kitchen, not alarming.
    [880, 1320].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + i * 0.18;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.17);
    });
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.context = undefined;
  }
}
