// The engine's types, for the whole app: features and state import types from here, never from
// src/engine (lint enforces it), so the app's door to the engine stays this one folder.
export type * from '../../engine/index.ts'
