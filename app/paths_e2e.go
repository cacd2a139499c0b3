//go:build e2e

package app

// RegisterTestPath hands the app a path as if a native dialog had returned
// it: the end-to-end suite cannot drive those dialogs. It exists only in
// builds with the e2e tag (.ci/e2e.sh builds so); a release build has no
// such method (paths_release_test.go checks).
func (s *System) RegisterTestPath(path string) error {
	s.core.paths.add(path)
	return nil
}
