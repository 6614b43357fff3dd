// Package storetest helps tests make a journal's disk writes fail, the way a
// full or failing disk would, without hooks inside bbolt.
package storetest
