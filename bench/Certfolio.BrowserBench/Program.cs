using System.Diagnostics;
using System.Globalization;
using System.Net;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Time;
using Certfolio.Server.Http;
using Certfolio.Site;
using Certfolio.Site.Publishing;
using Microsoft.Playwright;

namespace Certfolio.BrowserBench;

/// <summary>
/// The site as a browser sees it at a team's size: builds a portfolio (default the bench corpus of 10,000 credentials)
/// in memory, serves it from localhost, and measures in Debian's Chromium the home page's HTML size, its element count,
/// its load time, and how long the filters take from a keystroke (or a choice) to the results on screen. Prints a
/// Markdown table for docs/performance.md.
/// <code>nice -n 19 dotnet run -c Release --project bench/Certfolio.BrowserBench -- [PORTFOLIO] [RUNS]</code>
/// </summary>
public static class Program
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// How long after clicking the search box a visitor's first key goes down, at the least: the hand moves from the
    /// mouse to the keyboard (the keystroke-level model's homing operator is 400 ms; 300 ms is a fast typist).
    /// </summary>
    private const int HomingMs = 300;

    /// <summary>Long enough after the click for the index to have been fetched and read (it takes about half a second here).</summary>
    private const int IndexArrivedMs = 3000;

    public static async Task<int> Main(string[] args)
    {
        var root = args.Length > 0 ? args[0] : "/tmp/certfolio-bench/certfolio-10000";
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"{root}: no such portfolio; make one with: python3 /work/shared/bench/gen_corpus.py {Path.GetDirectoryName(root)} 10000 --assets");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var portfolio = new PortfolioLoader().Load(root);
        var files = new MemorySiteWriter();
        var result = new SiteBuilder().Build(portfolio, new SiteOptions { Clock = new FixedClock(new DateOnly(2026, 1, 15)), IgnoreConfiguredBaseUrl = true }, files);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("The portfolio did not build: " + string.Join("; ", result.Diagnostics.Take(5)));
            return 1;
        }
        Console.Error.WriteLine($"built {portfolio.Credentials.Count:N0} credentials, {files.Files.Count:N0} files in {clock.Elapsed.TotalSeconds:F1} s");
        // To look at what was measured: the home page and the index, written out.
        if (Environment.GetEnvironmentVariable("CERTFOLIO_BENCH_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            foreach (var name in new[] { "index.html", "search.json" }) await File.WriteAllBytesAsync(Path.Combine(dump, name), files.Files[name]);
        }

        using var server = new StaticServer(files);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });

        var home = files.Files["index.html"];
        var loads = new List<double>();
        var firstKeys = new List<double>();
        var fromFocus = new List<double>();
        var afterHoming = new List<double>();
        var indexIn = new List<double>();
        var keys = new List<double>();
        var choices = new List<double>();
        var elements = 0;
        for (var run = 0; run < runs; run++)
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            loads.Add(await page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }"));
            elements = await page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
            await page.Locator("#filters").WaitForAsync();
            await page.EvaluateAsync(LatencyProbe);

            // A word typed key by key, at a typist's pace, the first key at once after the focus: the index is fetched
            // from the focus on, so the first answer is timed from the key and from the focus.
            var search = page.Locator("input[name=q]");
            await search.FocusAsync();
            var word = "kubernetes admin";
            for (var k = 0; k < word.Length; k++)
            {
                await search.PressSequentiallyAsync(word[k].ToString());
                var latency = await Answer(page);
                (k == 0 ? firstKeys : keys).Add(latency);
                if (k == 0) fromFocus.Add(await page.EvaluateAsync<double>("() => window.__answered - window.__focus"));
                await page.WaitForTimeoutAsync(120);
            }
            // A skill chosen from the filter, on top of the search cleared.
            await search.FillAsync("");
            await Answer(page);
            var skill = page.Locator("select[name=skill]");
            foreach (var option in new[] { 1, 2, 3 })
            {
                await skill.SelectOptionAsync(new SelectOptionValue { Index = option });
                choices.Add(await Answer(page));
            }
            await context.CloseAsync();

            // A visitor who clicks the search box and then types: the first key goes down HomingMs after the click (or a
            // little later: Playwright takes 30-150 ms here to deliver it), timed from the key.
            (context, page) = await ClickedThenTyped(browser, server.Url, HomingMs, word[..1]);
            afterHoming.Add(await Answer(page));
            await context.CloseAsync();

            // A visitor who clicks, and types once the index has arrived: the search alone, from the key to the results.
            (context, page) = await ClickedThenTyped(browser, server.Url, IndexArrivedMs, word[..1]);
            indexIn.Add(await Answer(page));
            await context.CloseAsync();
        }

        var index = files.Files["search.json"];
        var load = await LoadAverage();
        Console.WriteLine($"<!-- {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}, N={portfolio.Credentials.Count}, {runs} runs, Chromium {browser.Version}, load average {load} -->");
        Console.WriteLine("| what | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| home page HTML | {home.Length / 1024.0:N0} KB |");
        Console.WriteLine($"| home page elements | {elements:N0} |");
        Console.WriteLine($"| search index (`search.json`, fetched on first use) | {index.Length / 1024.0:N0} KB |");
        Console.WriteLine($"| home page load (navigation to load event), median | {Median(loads):N0} ms |");
        Console.WriteLine($"| first keystroke typed at once after the focus: focus to results (fetch and read the index), median / max | {Median(fromFocus):N0} / {fromFocus.Max():N0} ms |");
        Console.WriteLine($"| the same, timed from the key (Playwright delivers it some 100 ms after the focus), median / max | {Median(firstKeys):N0} / {firstKeys.Max():N0} ms |");
        Console.WriteLine($"| first keystroke {HomingMs} ms after a click in the search box, key to results, median / max | {Median(afterHoming):N0} / {afterHoming.Max():N0} ms |");
        Console.WriteLine($"| first keystroke once the index is in ({IndexArrivedMs / 1000} s after a click), to results, median / max | {Median(indexIn):N0} / {indexIn.Max():N0} ms |");
        Console.WriteLine($"| keystroke to results, median / max | {Median(keys):N0} / {keys.Max():N0} ms |");
        Console.WriteLine($"| filter choice to results, median / max | {Median(choices):N0} / {choices.Max():N0} ms |");
        return 0;
    }

    // Stamps the focus, each key press and filter change when it happened (the event's own time stamp: the moment the
    // browser took the key, however long the page was too busy to handle it), and each answer (the result line rewritten)
    // once the browser has painted it: the next animation frame after the change, then the task after that frame.
    private const string LatencyProbe = """
        () => {
          const form = document.getElementById('filters');
          const result = form.querySelector('[data-result]');
          window.__start = 0; window.__focus = 0; window.__answered = 0; window.__answers = [];
          form.addEventListener('focusin', () => { if (!window.__focus) window.__focus = performance.now(); }, true);
          form.addEventListener('keydown', e => { window.__start = e.timeStamp; }, true);
          form.addEventListener('change', e => { if (e.target.tagName === 'SELECT') window.__start = e.timeStamp; }, true);
          new MutationObserver(() => {
            const start = window.__start;
            requestAnimationFrame(() => setTimeout(() => { window.__answered = performance.now(); window.__answers.push(window.__answered - start); }, 0));
          }).observe(result, { childList: true, characterData: true, subtree: true });
        }
        """;

    /// <summary>A fresh visit: the home page loaded, the search box clicked, and <paramref name="keys"/> typed <paramref name="afterMs"/> later.</summary>
    private static async Task<(IBrowserContext, IPage)> ClickedThenTyped(IBrowser browser, string url, int afterMs, string keys)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.Locator("#filters").WaitForAsync();
        await page.EvaluateAsync(LatencyProbe);
        var search = page.Locator("input[name=q]");
        await search.ClickAsync();
        await page.WaitForTimeoutAsync(afterMs);
        await search.PressSequentiallyAsync(keys);
        return (context, page);
    }

    private static async Task<double> Answer(IPage page)
    {
        var handle = await page.WaitForFunctionAsync("() => window.__answers.length > 0 ? window.__answers.shift() : null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<string> LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3)) : "unknown";

    /// <summary>The built files answered from memory on a localhost port, as a static host would.</summary>
    private sealed class StaticServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly MemorySiteWriter _files;

        public StaticServer(MemorySiteWriter files)
        {
            _files = files;
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
                if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
                var found = _files.Files.TryGetValue(path, out var bytes);
                context.Response.StatusCode = found ? 200 : 404;
                context.Response.ContentType = found ? ContentTypes.For(path) : "text/plain";
                bytes = found ? bytes! : "not found"u8.ToArray();
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            var port = ((IPEndPoint)socket.LocalEndpoint).Port;
            socket.Stop();
            return port;
        }

        public void Dispose() => _listener.Close();
    }
}
