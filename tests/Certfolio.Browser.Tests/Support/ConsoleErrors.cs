using Microsoft.Playwright;

namespace Certfolio.Browser.Tests.Support;

/// <summary>Records what a page reports as broken: console errors, uncaught exceptions, failed requests, dialogs.</summary>
public sealed class ConsoleErrors
{
    private readonly List<string> _errors = [];

    public ConsoleErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Add($"console: {message.Text}");
        };
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // Leaving a page cuts its live-reload stream; that is the stream ending, not an error.
            if (!request.Url.Contains("/_certfolio/livereload", StringComparison.Ordinal)) Add($"request failed: {request.Url} {request.Failure}");
        };
        page.Dialog += async (_, dialog) =>
        {
            Add($"dialog: {dialog.Type} {dialog.Message}");
            await dialog.DismissAsync();
        };
    }

    public IReadOnlyList<string> Items
    {
        get
        {
            lock (_errors) return _errors.ToArray();
        }
    }

    private void Add(string error)
    {
        lock (_errors) _errors.Add(error);
    }
}
