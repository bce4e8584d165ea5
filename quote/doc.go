// Package quote describes what a news story reports that people said: the
// words, how closely they are reproduced (direct, partial, indirect, mixed),
// who said them to whom, in what setting, and which quote relays which.
//
// When a speaker tells what someone else told them ("Putin told me a
// story…"), the relayed words are a Quote of their own, whose speaker is the
// original speaker, and the relaying Quote names it in Reports.
package quote
