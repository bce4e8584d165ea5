package schema

// LoadURL exposes the compiler's loader to the tests.
var LoadURL = loadURL
