#!/usr/bin/env node
/**
 * Synthesises the game's sound cues and writes them to assets/audio/ as WAV files
 * (mono, 22050 Hz, 16-bit PCM). No dependencies: a few damped sines, filtered noise and envelopes.
 *
 * Deterministic: every cue draws its noise from its own seeded generator, so re-running gives
 * identical bytes and changing one cue leaves the others' files untouched in git.
 *
 * Usage: node scripts/generate-audio.mjs [outDir]      (npm run assets)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
/** Quiet on purpose: a projector's speakers in a classroom should not make anyone jump. */
const PEAK_DBFS = -6;
const TAU = 2 * Math.PI;

// ── noise and filters ────────────────────────────────────────────────────────────────────────────

/** mulberry32: tiny, fast and the same on every machine, unlike Math.random. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the cue's name, so each cue owns its random stream. */
function seedOf(name) {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const samples = (seconds) => new Float64Array(Math.round(seconds * RATE));

/** An RBJ-cookbook biquad; returns a function that filters a whole buffer in place. */
function biquad(type, freq, q = Math.SQRT1_2) {
  const w = (TAU * freq) / RATE;
  const cw = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  const b =
    type === 'lowpass' ? [(1 - cw) / 2, 1 - cw, (1 - cw) / 2]
    : type === 'highpass' ? [(1 + cw) / 2, -(1 + cw), (1 + cw) / 2]
    : [alpha, 0, -alpha]; // bandpass, 0 dB at the centre
  const a0 = 1 + alpha;
  const [b0, b1, b2] = b.map((v) => v / a0);
  const a1 = (-2 * cw) / a0;
  const a2 = (1 - alpha) / a0;
  return (buf) => {
    let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (let i = 0; i < buf.length; i++) {
      const x = buf[i];
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1; x1 = x; y2 = y1; y1 = y;
      buf[i] = y;
    }
    return buf;
  };
}

// ── building blocks ──────────────────────────────────────────────────────────────────────────────

/** A damped sine: one resonance of wood, brass or a table top. */
function mode(buf, at, freq, amp, tau) {
  const start = Math.round(at * RATE);
  const end = Math.min(buf.length, start + Math.ceil(tau * 9 * RATE));
  for (let i = start; i < end; i++) {
    const t = (i - start) / RATE;
    buf[i] += amp * Math.exp(-t / tau) * Math.sin(TAU * freq * t);
  }
}

/** A burst of noise with an exponential decay, shaped by filters after the envelope. */
function burst(buf, at, amp, tau, rand, filters) {
  const start = Math.round(at * RATE);
  const seg = new Float64Array(Math.min(buf.length - start, Math.ceil(tau * 9 * RATE) + 64));
  for (let i = 0; i < seg.length; i++) seg[i] = (rand() * 2 - 1) * Math.exp(-i / RATE / tau);
  for (const f of filters) f(seg);
  for (let i = 0; i < seg.length; i++) buf[start + i] += amp * seg[i];
}

/** Raised-cosine fades at both ends, so no file starts or stops with a click. */
function fadeEdges(buf, inSec, outSec) {
  const nIn = Math.round(inSec * RATE);
  const nOut = Math.round(outSec * RATE);
  for (let i = 0; i < nIn; i++) buf[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / nIn);
  for (let i = 0; i < nOut; i++) buf[buf.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / nOut);
  return buf;
}

// ── the cues ─────────────────────────────────────────────────────────────────────────────────────

/** Two knocks of a wooden gavel on its block, the table answering underneath. */
function gavel(rand) {
  const buf = samples(0.6);
  for (const [at, gain] of [[0.01, 1], [0.26, 0.8]]) {
    const j = () => 1 + (rand() - 0.5) * 0.04; // each knock lands a little differently
    burst(buf, at, 0.35 * gain, 0.0012, rand, [biquad('bandpass', 2800, 0.9)]);
    mode(buf, at, 205 * j(), 0.8 * gain, 0.04);
    mode(buf, at, 455 * j(), 0.6 * gain, 0.028);
    mode(buf, at, 820 * j(), 0.45 * gain, 0.018);
    mode(buf, at, 1310 * j(), 0.3 * gain, 0.01);
    mode(buf, at, 2240 * j(), 0.15 * gain, 0.005);
    mode(buf, at + 0.002, 98, 0.45 * gain, 0.06);
  }
  return fadeEdges(buf, 0.0005, 0.05);
}

/** A rubber stamp pressed onto paper on a desk: a soft thud whose pitch sinks as it settles. */
function stamp(rand) {
  const buf = samples(0.4);
  const at = Math.round(0.01 * RATE);
  let phase = 0;
  for (let i = at; i < buf.length; i++) {
    const t = (i - at) / RATE;
    phase += (TAU * (85 + 90 * Math.exp(-t / 0.012))) / RATE;
    buf[i] += 0.9 * Math.exp(-t / 0.05) * Math.sin(phase);
  }
  mode(buf, 0.01, 310, 0.3, 0.022); // the desk top
  // Paper and felt: a dull slap, low-passed so it reads as soft rather than sharp.
  burst(buf, 0.01, 0.7, 0.01, rand, [biquad('lowpass', 1600), biquad('highpass', 200)]);
  // The handle rocks once as the hand lifts.
  burst(buf, 0.085, 0.12, 0.004, rand, [biquad('bandpass', 900, 1.2)]);
  return fadeEdges(buf, 0.0005, 0.08);
}

/** Four typewriter keys: the type bar strikes the platen, then the key springs back. */
function typewriter(rand) {
  const buf = samples(0.72);
  const times = [0.01, 0.16, 0.28, 0.47].map((t, i) => (i ? t + (rand() - 0.5) * 0.03 : t));
  for (const at of times) {
    const gain = 0.8 + rand() * 0.2;
    burst(buf, at, 0.55 * gain, 0.0018, rand, [biquad('highpass', 1800), biquad('lowpass', 6000)]);
    mode(buf, at, 1150 * (0.97 + rand() * 0.06), 0.3 * gain, 0.014);
    mode(buf, at, 2350 * (0.97 + rand() * 0.06), 0.28 * gain, 0.009);
    mode(buf, at, 3650 * (0.97 + rand() * 0.06), 0.15 * gain, 0.005);
    mode(buf, at + 0.001, 165, 0.35 * gain, 0.02); // the frame
    burst(buf, at + 0.03 + rand() * 0.015, 0.16 * gain, 0.0015, rand, [biquad('highpass', 1400), biquad('lowpass', 7000)]);
  }
  return fadeEdges(buf, 0.0005, 0.06);
}

/** "CQ" (all stations) in Morse: a soft sine with slow edges, gentler than a sounder's clicks. */
function telegraph() {
  const unit = 0.04;
  const pattern = '-.-. --.-';
  const buf = samples(0.06 + 27 * unit + 0.08);
  let t = 0.03;
  for (const sym of pattern) {
    if (sym === ' ') { t += 2 * unit; continue; } // a letter gap is 3 units, one already counted
    const len = (sym === '-' ? 3 : 1) * unit;
    const start = Math.round(t * RATE);
    const n = Math.round(len * RATE);
    const ramp = Math.round(0.006 * RATE);
    for (let i = 0; i < n; i++) {
      const edge = Math.min(1, i / ramp, (n - 1 - i) / ramp);
      const env = 0.5 - 0.5 * Math.cos(Math.PI * edge);
      const s = (i + start) / RATE;
      buf[start + i] += env * (Math.sin(TAU * 620 * s) + 0.06 * Math.sin(TAU * 1240 * s));
    }
    t += len + unit;
  }
  return buf;
}

/** A soft low chime: a few bell partials, struck with a felt mallet, with a slow shimmer. */
function bell(rand) {
  const buf = samples(1.3);
  const f = 196; // G3: low and unhurried, the turn of a year
  const partials = [
    [1, 1, 0.75], [1.0025, 0.35, 0.75], [2, 0.45, 0.45], [3.01, 0.18, 0.3], [4.16, 0.08, 0.2], [5.43, 0.04, 0.12],
  ];
  for (const [ratio, amp, tau] of partials) mode(buf, 0, f * ratio, amp, tau);
  burst(buf, 0.004, 0.04, 0.004, rand, [biquad('lowpass', 1200)]); // the felt
  return fadeEdges(buf, 0.008, 0.35); // a slow attack: a chime, not a strike
}

/**
 * Two seconds of a congress hall talking under its breath, built to loop without a seam:
 * the render runs past the end and that overlap is cross-faded into the head. The swell is
 * periodic with the loop and never reaches silence, so a looped bed breathes but has no gap.
 */
function murmur(rand) {
  const loop = Math.round(2.0 * RATE);
  const overlap = Math.round(0.35 * RATE);
  const raw = new Float64Array(loop + overlap);
  const bed = raw.map(() => rand() * 2 - 1);
  biquad('lowpass', 500)(bed);
  for (let i = 0; i < raw.length; i++) raw[i] += 0.6 * bed[i];
  // A dozen voices: noise through a vowel-like band, switched on and off at a syllable rate.
  for (let v = 0; v < 12; v++) {
    const voice = raw.map(() => rand() * 2 - 1);
    biquad('bandpass', 260 + rand() * 600, 3 + rand() * 2)(voice);
    const gain = 0.5 + rand() * 0.5;
    let i = Math.floor(rand() * 0.2 * RATE);
    while (i < raw.length) {
      const len = Math.round((0.12 + rand() * 0.14) * RATE);
      const amp = rand() < 0.3 ? 0 : gain * (0.4 + rand() * 0.6); // some syllables are pauses
      for (let k = 0; k < len && i + k < raw.length; k++) {
        raw[i + k] += amp * Math.sin((Math.PI * k) / len) * voice[i + k];
      }
      i += len;
    }
  }
  // Nothing above speech's low formants: a murmur, not a hiss.
  biquad('lowpass', 1100)(raw);
  biquad('lowpass', 1400)(raw);
  biquad('highpass', 110)(raw);
  const out = raw.slice(0, loop);
  for (let i = 0; i < overlap; i++) {
    const th = (Math.PI / 2) * (i / overlap); // equal power: the two noises are uncorrelated
    out[i] = raw[i] * Math.sin(th) + raw[loop + i] * Math.cos(th);
  }
  for (let i = 0; i < loop; i++) out[i] *= 0.35 + 0.65 * (0.5 - 0.5 * Math.cos((TAU * i) / loop));
  return out;
}

const CUES = { gavel, stamp, typewriter, telegraph, bell, murmur };

// ── output ───────────────────────────────────────────────────────────────────────────────────────

/** Scales to the target peak, rounds to 16-bit and wraps in a canonical 44-byte WAV header. */
function toWav(buf) {
  let peak = 0;
  for (const v of buf) peak = Math.max(peak, Math.abs(v));
  const scale = peak > 0 ? (10 ** (PEAK_DBFS / 20) * 32767) / peak : 0;
  const data = buf.length * 2;
  const out = Buffer.alloc(44 + data);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + data, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16); // PCM format chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(RATE, 24);
  out.writeUInt32LE(RATE * 2, 28); // byte rate
  out.writeUInt16LE(2, 32); // block align
  out.writeUInt16LE(16, 34); // bits per sample
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(data, 40);
  let sumSq = 0;
  for (let i = 0; i < buf.length; i++) {
    const s = Math.max(-32768, Math.min(32767, Math.round(buf[i] * scale)));
    out.writeInt16LE(s, 44 + i * 2);
    sumSq += (s / 32768) ** 2;
  }
  const rmsDb = 10 * Math.log10(sumSq / buf.length || 1e-12);
  return { bytes: out, rmsDb };
}

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, '..', 'assets', 'audio'));
mkdirSync(outDir, { recursive: true });
for (const [name, make] of Object.entries(CUES)) {
  const buf = make(rng(seedOf(name)));
  const { bytes, rmsDb } = toWav(buf);
  writeFileSync(join(outDir, `${name}.wav`), bytes);
  const kb = (bytes.length / 1024).toFixed(1).padStart(5);
  const secs = (buf.length / RATE).toFixed(2);
  console.log(
    `${`${name}.wav`.padEnd(15)} ${kb} KB  ${secs} s  peak ${PEAK_DBFS.toFixed(1)} dBFS  rms ${rmsDb.toFixed(1)} dBFS`,
  );
}
