/**
 * The input path a variable-coercion error is about, from graphql-js' message (its errors
 * carry no structured path): `Variable "$input" got invalid value 0 at "input.lines[0].quantity"; …`
 * names `input.lines[0].quantity`; a missing or unknown input field is appended to the path.
 * The root is the variable's name, which is the argument's in every operation of this repo.
 */
export function inputErrorField(message: string): string | undefined {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(message);
  if (!variable) return undefined;
  const at = /^Variable "\$[^"]+" got invalid value .*? at "((?:[^"\\]|\\.)*)"; /s.exec(message);
  const path = at?.[1] ?? variable[1];
  // `Field "quantity" of required type "Int!" was not provided.` / `Field "x" is not defined by type "T".`
  const inner = /; Field "([_A-Za-z][_0-9A-Za-z]*)" (?:of required type|is not defined by type)/.exec(message);
  return inner ? `${path}.${inner[1]}` : path;
}
