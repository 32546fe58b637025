// The build-time built-in course (vite.config.ts).
declare module 'virtual:builtin-pack' {
  const pack: unknown;
  export default pack;
}
