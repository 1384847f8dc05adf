/** exceljs's browser build (no Node built-ins; Node runs it too). Its API is exceljs's own, typed in `vendor.ts`. */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  const build: unknown;
  export default build;
}
