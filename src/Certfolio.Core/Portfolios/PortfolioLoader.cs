using System.Buffers;
using System.Collections.Concurrent;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;
using Certfolio.Core.Training;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// Loads a portfolio folder: config, discovery, then Parse → Bind → Validate for every document in
/// parallel, then the cross-file rules. Never throws for bad content: every problem is a diagnostic.
/// </summary>
public sealed class PortfolioLoader(IFileSystem? fileSystem = null)
{
    private readonly IFileSystem _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;

    public static readonly IReadOnlyList<string> DocumentExtensions = [".md", ".markdown"];

    /// <summary>
    /// What the portfolio is loaded for, which decides what it keeps: nothing of the texts for a report, the bodies for a
    /// build, whole documents for a patch. A loaded portfolio holds what its purpose keeps, and the collector copies every
    /// surviving object forward (docs/performance.md).
    /// </summary>
    public LoadPurpose Purpose { get; init; } = LoadPurpose.Build;

    /// <summary>Opens the portfolio, loads every document of its content folder, and assembles them.</summary>
    public Portfolio Load(string root)
    {
        var scope = Open(root);
        return Assemble(scope, LoadDocuments(scope));
    }

    /// <summary>
    /// Everything about the portfolio that comes before its documents, read once: <c>certfolio.yaml</c>, the layout
    /// (discovered, then confined to the portfolio), what rules consult, the avatar rule, the renewal policies and the
    /// training ledger. <c>serve</c> keeps the scope while only documents change.
    /// </summary>
    public PortfolioScope Open(string root)
    {
        var diagnostics = new DiagnosticBag();
        var config = ReadConfig(root, diagnostics, out var configText);
        var discovered = PortfolioLayout.Discover(root, config, _fileSystem);
        var layout = ConfineToRoot(discovered, config, _fileSystem, diagnostics);
        var assets = new AssetResolver(layout.AssetsDirectory, layout.Root, _fileSystem);
        var context = new ValidationContext(layout, config, assets);
        new AvatarRule().Validate(context, diagnostics);
        var policies = new PolicyResolver(config);
        var ledger = TrainingLedger.Read(layout, config.Limits, _fileSystem);

        // A content folder outside the portfolio is refused above (CF0203, CF0207), and not listed: it may be the whole disk.
        var refused = discovered.ContentDirectory is not null && layout.ContentDirectory is null;
        var listable = !refused && layout.ContentDirectory is not null && _fileSystem.DirectoryExists(layout.ContentDirectory);
        if (!refused && !listable) ContentFolderMissing.Report(config, diagnostics);
        diagnostics.QuoteFrom(ConfigReader.FileName, configText);

        // The entries only say whether each file is itself a link; a content folder that is a link to
        // somewhere else makes every document a possible way out, so each gets the full check.
        var linked = false;
        if (listable)
        {
            var realContent = _fileSystem.RealPath(layout.ContentDirectory!);
            linked = realContent != assets.RealPortfolioRoot && !AssetResolver.IsInside(realContent, assets.RealPortfolioRoot);
        }
        return new PortfolioScope(layout, config, context, policies, ledger, diagnostics.Items)
        {
            ConfigText = configText,
            PolicyDiagnostics = configText is null ? policies.Diagnostics : policies.Diagnostics.Select(d => d.QuotedFrom(configText)).ToArray(),
            ContentListable = listable,
            ContentIsLinked = linked,
        };
    }

    /// <summary>Every document of the scope's content folder through Parse → Bind → Validate, in path order.</summary>
    public IReadOnlyList<LoadedDocument> LoadDocuments(PortfolioScope scope)
    {
        if (!scope.ContentListable) return [];
        // Documents are read while the folder is still being listed, so listing thousands of files overlaps with
        // parsing them; the results are then put in path order, which is all that rules and reports see.
        var loaded = new ConcurrentBag<LoadedDocument>();
        Parallel.ForEach(UnorderedDocumentEntries(scope.Layout.ContentDirectory!), entry => loaded.Add(LoadDocument(scope, entry)));
        var results = loaded.ToArray();
        Array.Sort(results, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return results;
    }

    /// <summary>
    /// The portfolio of <paramref name="documents"/> (in path order) in <paramref name="scope"/>: the rules across the
    /// portfolio, the ledger's targets, and every diagnostic sorted. <c>serve</c> assembles again after each edit and
    /// passes the <paramref name="sorted"/> cache it keeps, so an edit that changes no diagnostic sorts none.
    /// </summary>
    public Portfolio Assemble(PortfolioScope scope, IReadOnlyList<LoadedDocument> documents, SortedDiagnostics? sorted = null)
    {
        // One pass over the documents (serve assembles the portfolio again on every edit).
        var bound = new List<Credential>(documents.Count);
        var complete = new List<Credential>(documents.Count);
        var diagnostics = new List<Diagnostic>(scope.Diagnostics);
        var invalid = new List<InvalidDocument>();
        foreach (var document in documents)
        {
            if (document.Credential is { } credential)
            {
                bound.Add(credential);
                if (credential.IsComplete) complete.Add(credential);
            }
            if (document.Diagnostics.Count > 0) diagnostics.AddRange(document.Diagnostics);
            if (document.Invalid is { } bad) invalid.Add(bad);
        }
        diagnostics.AddRange(CrossFileRules.Check(bound, documents, scope));
        // The ledger's appliesTo names are checked against the credentials as they now are.
        var ledger = scope.Ledger.CheckTargets(complete);
        diagnostics.AddRange(scope.PolicyDiagnostics);
        diagnostics.AddRange(ledger.Diagnostics);
        return new Portfolio(scope.Layout, scope.Config, complete.ToArray(), sorted?.Of(diagnostics) ?? Sort(diagnostics), documents.Count)
        {
            ConfigText = scope.ConfigText,
            InvalidDocuments = invalid,
            Ledger = ledger,
            Policies = scope.Policies,
            Bodies = Purpose == LoadPurpose.Report ? BodySource.None
                : BodySource.Of(documents.Where(d => d.Credential is not null && d.Document is not null).Select(d => d.Document!)),
            Documents = Purpose == LoadPurpose.Patch ? documents.Where(d => d.Document is not null).Select(d => d.Document!).ToArray() : [],
        };
    }

    /// <summary>Loads one document of the scope, by path (serve, after an edit).</summary>
    public LoadedDocument LoadDocument(PortfolioScope scope, string file) =>
        // Without an enumeration entry nothing is known about the file: treat it as a possible link,
        // whose length is then read from its target.
        LoadDocument(scope, new FileEntry(file, 0, IsSymbolicLink: true));

    /// <summary>
    /// Loads one document through every per-file stage; its diagnostics quote their lines from its text. The document
    /// comes back as <see cref="Purpose"/> keeps it: none for a report, without its front matter tree for a build, whole for a patch.
    /// </summary>
    public LoadedDocument LoadDocument(PortfolioScope scope, FileEntry entry)
    {
        var (document, credential, diagnostics) = LoadDocument(scope.ContentIsLinked ? entry with { IsSymbolicLink = true } : entry, scope.Layout, scope.Context);
        return new LoadedDocument(entry.FullPath, document, credential, diagnostics)
        {
            // Only a file with a diagnostic can be invalid; the others cost nothing here.
            Invalid = diagnostics.Count > 0 ? InvalidDocument.From(scope.Layout.Relative(entry.FullPath), credential, diagnostics) : null,
        };
    }

    private (Document? Document, Credential? Credential, IReadOnlyList<Diagnostic> Diagnostics) LoadDocument(FileEntry entry, PortfolioLayout layout, ValidationContext context)
    {
        var diagnostics = new DiagnosticBag();
        var file = entry.FullPath;
        var relative = layout.Relative(file);
        char[]? borrowedText = null;
        Document? document = null;
        try
        {
            var limits = context.Config.Limits;
            // Outside the portfolio, not a regular file, too large: refused by the gate before a byte is read.
            var gate = context.Assets.Gate;
            var admitted = gate.Admit(entry, limits.MaxDocumentBytes, relative, diagnostics);
            if (admitted is null) return (null, null, diagnostics.Items);
            document = ReadAndParse(gate, admitted, relative, limits, diagnostics, ref borrowedText);
            if (document is null) return (null, null, diagnostics.Items);
            var credential = context.Config.Fields.Binder.Bind(document, diagnostics);
            if (credential is not null) Rules.Validate(credential, document, context, diagnostics);
            // The text is still in hand (a pooled buffer is returned only below): the few diagnostics quote it now.
            diagnostics.QuoteFrom(relative, document.Source);
            var kept = Purpose switch
            {
                LoadPurpose.Report => null,
                LoadPurpose.Build when document.FrontMatter is not null => document with { FrontMatter = null },
                _ => document,
            };
            return (kept, credential, diagnostics.Items);
        }
        catch (IOException e)
        {
            diagnostics.Add(Descriptors.Unreadable, SourceLocation.FileStart(relative), e.Message);
            return (null, null, diagnostics.Items);
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(Descriptors.Unreadable, SourceLocation.FileStart(relative), e.Message);
            return (null, null, diagnostics.Items);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault in one stage or rule on one document is that document's error, not the end of the command:
            // the other documents are still loaded and checked, and the report says where it happened.
            diagnostics.Add(Descriptors.InternalProblem, SourceLocation.FileStart(relative), e.GetType().Name);
            diagnostics.QuoteFrom(relative, document?.Source);
            return (null, null, diagnostics.Items);
        }
        finally
        {
            if (borrowedText is not null) ArrayPool<char>.Shared.Return(borrowedText);
        }
    }

    private Document? ReadAndParse(PortfolioFileGate gate, AdmittedFile admitted, string relative, DocumentLimits limits, DiagnosticBag diagnostics, ref char[]? borrowedText)
    {
        var file = admitted.FullPath;
        var length = admitted.Length;
        // The gate found a regular file of no length: it is the empty file it says it is.
        if (length == 0) return Parse(file, relative, [], limits, diagnostics, ref borrowedText);
        // The bytes are only decoded, so they go to a pooled buffer rather than a new array per document; one byte
        // more than the listing saw tells a file that grew since, which is then read whole, up to the limit.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            var read = gate.Read(admitted, buffer.AsSpan(0, (int)length + 1));
            if (read >= 0) return Parse(file, relative, buffer.AsSpan(0, read), limits, diagnostics, ref borrowedText);
            var whole = gate.ReadAll(admitted, relative, diagnostics);
            return whole is null ? null : Parse(file, relative, whole, limits, diagnostics, ref borrowedText);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A text the portfolio keeps gets a buffer of its own; one it does not (a report's) is decoded into a pooled
    // buffer, which the caller returns once the document is validated (borrowedText).
    private Document? Parse(string file, string relative, ReadOnlySpan<byte> bytes, DocumentLimits limits, DiagnosticBag diagnostics, ref char[]? borrowedText)
    {
        if (Purpose != LoadPurpose.Report) return DocumentParser.Parse(file, relative, bytes, limits, diagnostics);
        borrowedText = ArrayPool<char>.Shared.Rent(SourceDecoder.BufferLength(bytes, limits));
        var source = SourceDecoder.DecodeInto(bytes, borrowedText, relative, limits, diagnostics);
        return source is null ? null : DocumentParser.Parse(file, relative, source, limits, diagnostics);
    }

    public IEnumerable<string> DocumentFiles(string contentDirectory) => DocumentEntries(contentDirectory).Select(e => e.FullPath);

    public IEnumerable<FileEntry> DocumentEntries(string contentDirectory) =>
        UnorderedDocumentEntries(contentDirectory).OrderBy(e => e.FullPath, StringComparer.Ordinal);

    private IEnumerable<FileEntry> UnorderedDocumentEntries(string contentDirectory) =>
        _fileSystem.EnumerateFileEntries(contentDirectory).Where(e => IsDocumentName(e.FullPath));

    /// <summary>The file filter of the content folder: a Markdown extension, and no leading <c>_</c> (a partial or draft).</summary>
    public static bool IsDocumentName(string path) =>
        DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith('_');

    /// <summary>
    /// True when <paramref name="path"/> is (or was) a document of the layout's content folder: inside it, by the same
    /// filter <see cref="Load"/> lists with, so <c>serve</c> and <c>check</c> agree on what a document is.
    /// </summary>
    public static bool IsDocument(PortfolioLayout layout, string path) =>
        layout.ContentDirectory is { } content && PortfolioLayout.Contains(content, path) && IsDocumentName(path);

    public PortfolioConfig ReadConfig(string root, DiagnosticBag diagnostics) => ReadConfig(root, diagnostics, out _);

    /// <summary>Reads <c>certfolio.yaml</c> through the gate, with the text it read (for the lines a report quotes).</summary>
    public PortfolioConfig ReadConfig(string root, DiagnosticBag diagnostics, out SourceText? text)
    {
        text = null;
        var path = Path.Combine(Path.GetFullPath(root), ConfigReader.FileName);
        if (!_fileSystem.FileExists(path)) return PortfolioConfig.Default;
        var gate = new PortfolioFileGate(root, _fileSystem);
        try
        {
            if (gate.Admit(path, DocumentLimits.Default.MaxDocumentBytes, ConfigReader.FileName, diagnostics) is not { } admitted
                || gate.ReadAll(admitted, ConfigReader.FileName, diagnostics) is not { } bytes)
                return PortfolioConfig.Default;
            var decoded = SourceDecoder.Decode(bytes, ConfigReader.FileName, DocumentLimits.Default, diagnostics);
            if (decoded is null) return PortfolioConfig.Default;
            text = new SourceText(decoded);
            return ConfigReader.Read(decoded, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Descriptors.Unreadable, SourceLocation.FileStart(ConfigReader.FileName), e.Message);
            return PortfolioConfig.Default;
        }
    }

    /// <summary>
    /// Keeps every folder of the layout inside the portfolio, its links followed, before anything in it is listed or
    /// read. A path set in certfolio.yaml that leads outside (<c>content: ../elsewhere</c>, <c>content: "/"</c>, or a
    /// link out) is CF0203; a discovered folder that is a link out is CF0207. A content folder outside is dropped
    /// (nothing is listed), assets and training outside are indexed and read by nobody (the resolver and the ledger
    /// check their folders the same way).
    /// </summary>
    public static PortfolioLayout ConfineToRoot(PortfolioLayout layout, PortfolioConfig config, IFileSystem fileSystem, DiagnosticBag diagnostics)
    {
        var gate = new PortfolioFileGate(layout.Root, fileSystem);
        foreach (var (key, value, folder) in new[] { ("content", config.Content, layout.ContentDirectory), ("assets", config.Assets, layout.AssetsDirectory), ("training", config.Training, layout.TrainingDirectory) })
        {
            if (folder is null || IsInside(gate, folder, out var real)) continue;
            if (value is not null)
                diagnostics.Add(Descriptors.PathOutsidePortfolio, config.LocationOf(key), $"{key}: {value}");
            else diagnostics.Add(Descriptors.FolderOutside, SourceLocation.FileStart(layout.Relative(folder)), key, layout.Relative(folder), real);
            if (key == "content") layout = layout with { ContentDirectory = null };
        }
        return layout;
    }

    /// <summary>Whether a folder, its links followed, is the portfolio folder or inside it; a path that cannot be resolved is not.</summary>
    public static bool IsInside(PortfolioFileGate gate, string folder, out string realPath)
    {
        realPath = folder;
        if (folder != gate.RootPath && !AssetResolver.IsInside(folder, gate.RootPath)) return false;
        try
        {
            realPath = gate.RealPathOf(folder);
            return gate.IsInsideRoot(realPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
}
