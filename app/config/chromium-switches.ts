/**
 * Command-line switches that Chromium, Electron or Electron's Node read
 * themselves. The app's own flags share the same command line, so none of
 * them may have one of these names (command-line-switches.test.ts checks
 * every flag against this list): Chromium acts on a switch it knows whatever
 * the app meant (`--display` opens an X11 display and Chromium does not start
 * without it; `--lang` sets Chromium's locale).
 *
 * base::CommandLine matches switch names exactly (lowercased on Windows), so
 * `--screen` is not `--screen-config`; only whole names are listed. Each
 * group names the file it was copied from. Chromium has more switch files
 * than these (gpu, media, viz, network ...); the ones listed are those read
 * by the browser process on every platform plus the Chrome layer Electron
 * links, which covers the short, common words an app flag could take.
 */

/** Source → its switch names (whitespace separated). */
const SWITCHES_BY_SOURCE: Readonly<Record<string, string>> = {
  // electron/electron docs/api/command-line-switches.md ("Electron CLI Flags" and "Node.js Flags").
  'electron docs/api/command-line-switches.md': `
    auth-server-whitelist auth-negotiate-delegate-whitelist disable-ntlm-v2 disable-http-cache
    disable-http2 disable-geolocation disable-renderer-backgrounding disk-cache-size enable-logging
    force-fieldtrials host-rules host-resolver-rules ignore-certificate-errors ignore-connections-limit
    js-flags lang log-file log-net-log log-level no-proxy-server no-sandbox no-stdio-init
    proxy-bypass-list proxy-pac-url proxy-server remote-debugging-port v vmodule
    force_high_performance_gpu force_low_power_gpu xdg-portal-required-version
    inspect-brk inspect-brk-node inspect-port inspect inspect-publish-uid experimental-network-inspection
    no-deprecation throw-deprecation trace-deprecation trace-warnings dns-result-order diagnostic-dir
    no-experimental-global-navigator debug debug-brk debug-port`,
  // electron/electron shell/common/options_switches.cc (namespace switches) and options_switches.h.
  'electron shell/common/options_switches.cc': `
    enable-sandbox enable-plugins ppapi-flash-path ppapi-flash-version disable-http-cache
    standard-schemes service-worker-schemes secure-schemes bypasscsp-schemes fetch-schemes
    cors-schemes streaming-schemes code-cache-schemes app-user-model-id app-path background-color
    preload preload-scripts node-integration enable-remote-module context-isolation guest-instance-id
    opener-id scroll-bounce hidden-page native-window-open webview-tag
    disable-electron-site-instance-overrides enable-node-leakage-in-renderers
    node-integration-in-worker node-integration-in-subframes widevine-cdm-path widevine-cdm-version
    disk-cache-size ignore-connections-limit auth-server-whitelist auth-negotiate-delegate-whitelist
    enable-auth-negotiate-port disable-ntlm-v2`,
  // chromium/chromium ui/base/ui_base_switches.cc.
  'chromium ui/base/ui_base_switches.cc': `
    disable-overscroll-edge-effect disable-pull-to-refresh-effect disable-modal-animations
    show-mac-overlay-borders enable-resources-file-sharing system-font-family ui-toolkit
    disable-composited-antialiasing disable-touch-drag-drop disallow-non-exact-resource-reuse
    drm-virtual-connector-is-external enable-touch-drag-drop force-caption-style force-dark-mode
    force-high-contrast lang mangle-localized-strings show-overdraw-feedback
    slow-down-compositing-scale-factor tint-composited-content top-chrome-touch-ui
    ui-disable-partial-swap use-system-clipboard locale_pak`,
  // chromium/chromium ui/gfx/switches.cc (kX11Display: "Which X11 display to connect to").
  'chromium ui/gfx/switches.cc': `
    animation-duration-scale disable-font-subpixel-positioning enable-native-gpu-memory-buffers
    force-prefers-reduced-motion force-prefers-no-reduced-motion headless screen-info display no-xshm`,
  // chromium/chromium ui/display/display_switches.cc.
  'chromium ui/display/display_switches.cc': `
    ash-enable-software-mirroring ensure-forced-color-profile force-color-profile
    force-raster-color-profile force-device-scale-factor ash-host-window-bounds
    secondary-display-layout screen-config use-first-display-as-internal ash-enable-unified-desktop
    reject-square-display`,
  // chromium/chromium ui/ozone/public/ozone_switches.cc.
  'chromium ui/ozone/public/ozone_switches.cc': `
    ozone-platform ozone-platform-hint ozone-dump-file enable-wayland-ime disable-wayland-ime
    use-wayland-explicit-grab disable-explicit-dma-fences disable-running-as-system-compositor
    disable-buffer-bw-compression ozone-override-screen-size
    platform-disallows-chromeos-direct-video-decoder`,
  // chromium/chromium sandbox/policy/switches.cc.
  'chromium sandbox/policy/switches.cc': `
    service-sandbox-type allow-sandbox-debugging disable-gpu-sandbox disable-namespace-sandbox
    disable-seccomp-filter-sandbox disable-setuid-sandbox gpu-sandbox-allow-sysv-shm
    gpu-sandbox-failures-fatal no-sandbox no-zygote-sandbox allow-third-party-modules
    add-xr-appcontainer-caps enable-sandbox-logging disable-metal-shader-cache type gpu-process
    nacl-loader ppapi renderer utility zygote relauncher code-sign-clone-cleanup`,
  // chromium/chromium base/base_switches.cc.
  'chromium base/base_switches.cc': `
    disable-best-effort-tasks disable-breakpad disable-features disable-low-end-device-mode
    enable-crash-reporter enable-features enable-low-end-device-mode force-fieldtrials
    full-memory-crash-report log-best-effort-tasks noerrdialogs profiling-at-start profiling-file
    profiling-flush test-child-process test-do-not-initialize-icu trace-to-file trace-to-file-name
    v vmodule wait-for-debugger disable-highres-timer disable-usb-keyboard-detect
    disable-dev-shm-usage enable-crash-reporter-for-testing enable-reached-code-profiler
    reached-code-sampling-interval-us default-country-code enable-idle-tracing
    force-fieldtrial-params enable-thread-instruction-count`,
  // chromium/chromium content/public/common/content_switches.cc.
  'chromium content/public/common/content_switches.cc': `
    allow-file-access-from-files allow-insecure-localhost allow-loopback-in-peer-connection
    allow-sync-xhr-in-page-dimissal android-fonts-path app-cache-force-enabled crash-test
    browser-startup-dialog browser-subprocess-path browser-test conversions-debug-mode
    disable-canvas-aa disable-2d-canvas-image-chromium disable-3d-apis disable-accelerated-2d-canvas
    new-canvas-2d-api disable-accelerated-video-encode disable-backing-store-limit
    disable-backgrounding-occluded-windows disable-background-timer-throttling
    disable-back-forward-cache disable-blink-features disable-databases
    disable-domain-blocking-for-3d-apis disable-in-process-stack-traces disable-webgl disable-webgl2
    disable-file-system disable-flash-3d disable-flash-stage3d
    disable-gesture-requirement-for-presentation disable-gpu disable-gpu-compositing
    disable-gpu-early-init disable-gpu-memory-buffer-compositor-resources
    disable-gpu-memory-buffer-video-frames disable-gpu-process-crash-limit
    disable-software-compositing-fallback disable-gpu-watchdog disable-ipc-flooding-protection
    disable-hang-monitor disable-histogram-customizer disable-kill-after-bad-ipc disable-lcd-text
    disable-local-storage disable-logging disable-low-latency-dxva
    disable-new-content-rendering-timeout disable-notifications disable-pepper-3d
    disable-permissions-api disable-pepper-3d-image-chromium disable-pinch disable-presentation-api
    disable-pushstate-throttle disable-reading-from-canvas disable-remote-fonts
    disable-remote-playback-api disable-renderer-accessibility disable-renderer-backgrounding
    disable-resource-scheduler disable-shared-workers disable-skia-runtime-opts
    disable-smooth-scrolling disable-software-rasterizer disable-speech-api
    disable-speech-synthesis-api target-blank-implies-no-opener-disable disable-test-root-certs
    disable-threaded-compositing disable-v8-idle-tasks disable-webgl-image-chromium
    disable-web-security disable-zero-copy-dxgi-video dom-automation disable-2d-canvas-clip-aa
    disable-yuv-image-decoding dump-blink-runtime-call-stats enable-lcd-text enable-blink-features
    enable-caret-browsing enable-experimental-cookie-features
    enable-experimental-webassembly-features enable-experimental-web-platform-features
    enable-fake-no-alloc-direct-call-for-testing enable-blink-test-features enable-ftp
    disable-origin-trial-controlled-blink-features enable-gpu-memory-buffer-video-frames
    enable-logging enable-network-information-downlink-max disable-nv12-dxgi-video
    enable-plugin-placeholder-testing enable-precise-memory-info v8-cache-options
    enable-service-binary-launcher enable-skia-benchmarking enable-smooth-scrolling
    enable-spatial-navigation enable-strict-mixed-content-checking
    enable-strict-powerful-feature-restrictions enable-threaded-compositing enable-tracing-fraction
    enable-usermedia-screen-capturing enable-use-zoom-for-dsf enable-viewport enable-vtune-support
    enable-web-auth-deprecated-mojo-testing-api enable-webgl-draft-extensions
    enable-webgl-image-chromium field-trial-handle file-url-path-alias disable-oop-rasterization
    enable-oop-rasterization force-overlay-fullscreen-video force-presentation-receiver-for-testing
    force-renderer-accessibility generate-accessibility-test-expectations gpu-launcher gpu-process
    gpu-sandbox-start-early gpu-startup-dialog in-process-gpu ipc-connection-timeout
    isolate-origins isolation-by-default disable-javascript-harmony-shipping javascript-harmony
    enable-unsafe-fast-js-calls js-flags as-browser log-gpu-control-list-decisions log-level
    log-file main-frame-resizes-are-orientation-changes max-active-webgl-contexts
    max-decoded-image-size-mb max-web-media-player-count message-loop-type-ui
    mock-cert-verifier-default-result-for-testing mojo-core-library-path mojo-local-storage
    no-unsandboxed-zygote no-zygote no-v8-untrusted-code-mitigations num-raster-threads
    ppapi-in-process ppapi-plugin-launcher ppapi ppapi-startup-dialog process-per-site
    process-per-tab type proxy-server pull-to-refresh quota-change-event-interval
    register-pepper-plugins remote-debugging-pipe remote-debugging-port renderer-client-id
    renderer-cmd-prefix renderer renderer-process-limit renderer-startup-dialog run-manual
    sandbox-ipc shared-array-buffer-unrestricted-access-allowed shared-files single-process
    site-per-process disable-site-isolation-trials start-fullscreen
    enable-stats-collection-bindings skia-font-cache-limit-mb skia-resource-cache-limit-mb
    test-type time-zone-for-testing touch-events trustable-web-bundles-file-url
    use-fake-codec-for-peer-connection use-fake-ui-for-media-stream video-image-texture-target
    use-mobile-user-agent use-mock-cert-verifier-for-testing utility-cmd-prefix utility
    utility-startup-dialog utility-sub-type validate-input-event-stream wait-for-debugger-children
    wait-for-debugger-webui webgl-antialiasing-mode webgl-msaa-sample-count zygote-cmd-prefix
    zygote web-otp-backend web-otp-backend-sms-verification web-otp-backend-user-consent
    web-otp-backend-auto disable-webrtc-encryption disable-webrtc-hw-decoding
    disable-webrtc-hw-encoding enable-webrtc-srtp-aes-gcm enable-webrtc-srtp-encrypted-headers
    enable-webrtc-stun-origin enforce-webrtc-ip-permission-check force-webrtc-ip-handling-policy
    max-gum-fps webrtc-max-cpu-consumption-percentage webrtc-event-logging
    disable-scroll-to-text-fragment force-webxr-runtime no-vr-runtime orientation-sensors openxr
    windows-mixed-reality disable-accelerated-video-decode disable-media-session-api
    disable-screen-orientation-lock disable-site-isolation-for-policy
    disable-timeouts-for-profiling enable-adaptive-selection-handle-orientation
    enable-longpress-drag-selection force-online-connection-state-for-indicator
    remote-debugging-socket-name renderer-wait-for-java-debugger disable-oopr-debug-crash-dump
    enable-accessibility-object-model enable-aggressive-domstorage-flushing enable-automation
    enable-speech-dispatcher device-scale-factor disable-legacy-window
    enable-win7-webrtc-hw-h264-decoding font-cache-shared-handle ppapi-antialiased-text-enabled
    ppapi-subpixel-rendering-setting raise-timer-frequency gpu2-startup-dialog
    audio-process-high-priority ipc-dump-directory ipc-fuzzer-testcase`,
  // chromium/chromium chrome/common/chrome_switches.cc (the Chrome layer; Electron links parts of it).
  'chromium chrome/common/chrome_switches.cc': `
    accept-lang allow-appshim-signature-mismatch-for-tests allow-cross-origin-auth-prompt
    allow-http-screen-capture allow-running-insecure-content allow-silent-push app app-id
    app-launch-url-for-shortcuts-menu-item app-mode-auth-code app-mode-oauth-token
    app-run-on-os-login-mode app-shim apps-gallery-download-url apps-gallery-update-url
    apps-gallery-url auth-server-allowlist auto-open-devtools-for-tabs
    auto-select-desktop-capture-source auto-select-screen-capture-source
    auto-select-tab-capture-source-by-title auto-select-window-capture-source-by-title
    auto-accept-browser-signin-for-tests bypass-account-already-used-by-another-profile-check
    check-for-update-interval cipher-suite-blacklist crash-on-hang-threads
    create-browser-on-startup-for-tests credits custom-devtools-frontend debug-packed-apps
    devtools-flags diagnostics diagnostics-format diagnostics-recovery
    disable-auto-maximize-for-tests disable-auto-reload disable-background-networking
    disable-component-extensions-with-background-pages disable-component-update
    disable-crashpad-for-testing disable-default-apps disable-domain-reliability
    disable-lazy-loading disable-print-preview disable-prompt-on-repost disable-stack-profiler
    disable-zero-browsers-open-for-tests disk-cache-dir disk-cache-size
    do-not-create-nsapp-for-tests do-not-de-elevate dump-browser-histograms
    enable-audio-debug-recordings-from-extension enable-auto-reload enable-bookmark-undo
    enable-cloud-print-proxy enable-devtools-pwa-handler enable-domain-reliability
    devtools-greendev-ui enable-extension-activity-logging enable-extension-activity-log-testing
    enable-unsafe-extension-debugging enable-hangout-services-extension-for-testing
    enable-net-benchmarking enable-potentially-annoying-security-features
    experimental-ai-stable-channel explicitly-allowed-ports enable-extension-ai-data-collection
    extension-content-verification enable-extension-actor-api
    extensions-toolbar-zero-state-variation force-app-mode force-devtools-available
    force-first-run force-whats-new hide-crash-restore-bubble homepage import-passwords incognito
    init-isolate-as-foreground install-autogenerated-theme refresh-platform-policy
    install-chrome-app install-isolated-web-app-from-file install-isolated-web-app-from-url
    instant-process keep-alive-for-test kiosk kiosk-printing make-default-browser
    monitoring-destination-id native-messaging-connect-host native-messaging-connect-extension
    native-messaging-connect-id no-default-browser-check no-experiments no-first-run no-pings
    no-proxy-server no-service-autorun no-startup-window on-the-fly-mhtml-hash-computation
    new-window focus focus-result-file pack-extension pack-extension-key pre-crashpad-crash-test
    prediction-service-mock-likelihood preinstalled-web-apps-dir privet-ipv6-only product-version
    profile-directory ignore-profile-directory-if-not-exists profile-email
    create-profile-email-if-not-exists proxy-auto-detect proxy-bypass-list proxy-pac-url
    proxy-server remote-debugging-targets repair-all-valid-extensions restart
    restore-last-session same-tab silent-debugger-extension-api silent-launch
    simulate-browsing-data-lifetime simulate-critical-update simulate-elevated-recovery
    simulate-outdated simulate-outdated-no-au simulate-upgrade simulate-idle-timeout
    ssl-version-max ssl-version-min start-maximized start-stack-profiler browser-test
    storage-pressure-notification-interval system-audio-capture-default_checked
    system-log-upload-frequency tab-capture-audio-default-unchecked auto-accept-this-tab-capture
    auto-reject-this-tab-capture auto-reject-capture test-memory-log-delay-in-minutes test-name
    trusted-download-sources unlimited-storage unsafely-disable-devtools-self-xss-warnings
    user-data-dir use-system-proxy-resolver validate-crx version
    webrtc-event-log-proactive-pruning-delta webrtc-event-log-upload-delay-ms
    webrtc-event-log-upload-no-suppression webrtc-ip-handling-policy whats-new-use-staging
    window-name window-position window-size window-workspace winhttp-proxy-resolver
    win-jumplist-action auth-spnego-account-type disable-default-browser-promo
    force-device-ownership force-enable-night-mode force-show-update-menu-badge
    force-update-menu-type market-url-for-testing request-desktop-sites
    cast-mirroring-target-playout-delay crosh-command disable-logging-redirect
    disable-login-screen-apps short-merge-session-timeout-for-test save-page-as-mhtml help h class
    apps-keep-chrome-alive-in-tests enable-user-metrics metrics-client-id relauncher dmg-device
    make-chrome-default code-sign-clone-cleanup unique-temp-dir-suffix
    enable-profile-shortcut-manager from-installer from-browser-switcher hide-icons
    no-network-profile-warning no-pre-read-main-dll notification-inline-reply
    notification-launch-id show-icons source-app-id source-shortcut startup-foreground-launch
    uninstall uninstall-app-id pwa-launcher-version debug-print enable-new-app-menu-icon guest
    list-apps profile-base-name profile-management-attributes webapk-server-url
    use-system-default-printer user-data-migrated`,
};

/** Every known switch name, with the source it was found in (the first, when several list it). */
export const KNOWN_SWITCHES: ReadonlyMap<string, string> = new Map(
  Object.entries(SWITCHES_BY_SOURCE)
    .flatMap(([source, names]) =>
      names
        .trim()
        .split(/\s+/)
        .map((name) => [name, source] as const),
    )
    .reverse(),
);

/** The source that lists `name` as a switch (exact name, as base::CommandLine matches it), if any. */
export function switchSource(name: string): string | undefined {
  return KNOWN_SWITCHES.get(name.toLowerCase());
}
