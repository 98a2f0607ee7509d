// Package e2e holds the browser tests of the published site: they build the
// seed site, serve it on 127.0.0.1 under a sub-path, and drive Debian's
// chromium through the DevTools protocol (github.com/chromedp/chromedp) as a
// reader would, running axe-core in every page type.
//
// The tests need chromium on the PATH and axe-core installed by
// `npm ci --prefix e2e` (.ci/install-browser does both). Without them the
// tests skip, except when the environment has CI=true, where they fail.
//
// Set E2E_SCREENSHOTS to a folder to keep the screenshots the tests take.
//
// The package has no code outside its tests.
package e2e
