module github.com/newsmodel/newsmodel

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v5 v5.3.1
	golang.org/x/text v0.44.0
)
