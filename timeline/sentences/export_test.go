package sentences

// RefAppendSplit is the reference splitter, for the external tests.
var RefAppendSplit = refAppendSplit
