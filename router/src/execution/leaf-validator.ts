/*
 * Mirrors `isValidLeafValue` of @apollo/federation-internals 2.14.x
 * (`@apollo/federation-internals/dist/values.js`), as `computeResponse` of @apollo/gateway calls it.
 */
import { isCustomScalarType, isEnumType, type Schema, type Type } from '@apollo/federation-internals';

/** Whether a subgraph's value for a leaf field may go to the client as is. */
export type LeafValidator = (value: unknown) => boolean;

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const anything: LeafValidator = () => true;

/**
 * The gateway's leaf-value check (`isValidLeafValue` of federation-internals) specialized once
 * per leaf type, so each value costs a `typeof` rather than a walk over the schema's built-ins:
 * custom scalars accept anything; Boolean wants a boolean; Int and ID accept integral numbers;
 * Float any finite number; enums one of their values; String and ID accept any string.
 */
export function leafValidator(schema: Schema, type: Type): LeafValidator {
  if (isCustomScalarType(type)) return anything;
  if (isEnumType(type)) {
    const values = new Set(type.values.map((v) => v.name));
    return (value) => typeof value === 'string' && values.has(value);
  }
  const isBoolean = type === schema.booleanType();
  const isInt = type === schema.intType();
  const isId = type === schema.idType();
  const isFloat = type === schema.floatType();
  return (value) => {
    switch (typeof value) {
      case 'boolean':
        return isBoolean;
      case 'number':
        if (!Number.isFinite(value)) return false;
        return isInt || isId ? INTEGER.test(String(value)) : isFloat;
      case 'string':
        return !isBoolean && !isInt && !isFloat;
      default:
        return false;
    }
  };
}
