namespace Certfolio.Server.LiveReload;

/// <summary>
/// The preview's own files under <c>/_certfolio/</c>. They are external files, not inline markup, because the
/// site's Content-Security-Policy allows only same-origin scripts and styles.
/// </summary>
public static class ClientAssets
{
    public const string Prefix = "/_certfolio/";
    public const string EventsPath = Prefix + "livereload";
    public const string ScriptPath = Prefix + "livereload.js";
    public const string StylePath = Prefix + "overlay.css";

    /// <summary>Listens for reload events; a reconnect after the server restarted reloads too.</summary>
    public const string Script = """
        (function () {
          "use strict";
          if (!window.EventSource) return;
          var opened = false;
          var source = new EventSource("/_certfolio/livereload");
          source.addEventListener("hello", function () {
            if (opened) location.reload();
            opened = true;
          });
          source.addEventListener("reload", function () { location.reload(); });
          var overlay = document.getElementById("certfolio-overlay");
          var close = overlay && overlay.querySelector("button");
          if (close) close.addEventListener("click", function () { overlay.hidden = true; });
        })();

        """;

    public const string Style = """
        #certfolio-overlay {
          position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 70vh; overflow: auto;
          margin: 0; padding: 1rem 1.25rem; box-sizing: border-box;
          background: #2b0b0e; color: #fde8e8; border-bottom: 4px solid #f05252;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
          box-shadow: 0 8px 24px rgba(0, 0, 0, .4);
        }
        #certfolio-overlay[hidden] { display: none; }
        #certfolio-overlay h2 { margin: 0 0 .5rem; font-size: 16px; color: #fff; }
        #certfolio-overlay p { margin: 0 0 .75rem; color: #fbd5d5; }
        #certfolio-overlay ol { margin: 0; padding-left: 1.25rem; }
        #certfolio-overlay li { margin: .25rem 0; }
        #certfolio-overlay .location { color: #fff; }
        #certfolio-overlay .code { color: #f8b4b4; font-weight: bold; }
        #certfolio-overlay button {
          position: absolute; top: .75rem; right: 1rem; font: inherit; color: #fff;
          background: transparent; border: 1px solid #f8b4b4; border-radius: 4px; padding: .1rem .6rem; cursor: pointer;
        }
        #certfolio-overlay button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }

        """;
}
