using System.Text.Json.Nodes;
using Certfolio.Core.Model;
using Certfolio.Core.Renewal;

namespace Certfolio.Interop.JsonResume;

/// <summary>
/// <c>--into resume.json</c>: the user's <c>certificates</c> stay where they are and in their order. An entry that is
/// one of the portfolio's credentials (same <c>credentialId</c>, else same <c>url</c>, else same name and issuer) gets
/// the values Certfolio writes, each in its place, and keeps every other property; entries Certfolio does not know
/// are left alone; credentials the resume lacks are appended in portfolio order.
/// </summary>
public static class CertificatesMerge
{
    public static JsonArray Merge(JsonArray existing, IReadOnlyList<(Credential Credential, JsonObject Item)> exported)
    {
        var merged = new JsonArray();
        var placed = new HashSet<int>();
        foreach (var node in existing)
        {
            var entry = node?.DeepClone();
            if (entry is JsonObject current && FindMatch(current, exported, placed) is { } index)
            {
                placed.Add(index);
                foreach (var (key, value) in exported[index].Item) current[key] = value?.DeepClone();
            }
            merged.Add(entry);
        }
        for (var i = 0; i < exported.Count; i++)
        {
            if (!placed.Contains(i)) merged.Add(exported[i].Item.DeepClone());
        }
        return merged;
    }

    private static int? FindMatch(JsonObject entry, IReadOnlyList<(Credential Credential, JsonObject Item)> exported, HashSet<int> placed)
    {
        int? Find(Func<Credential, bool> same)
        {
            for (var i = 0; i < exported.Count; i++)
                if (!placed.Contains(i) && same(exported[i].Credential)) return i;
            return null;
        }
        var id = Text(entry, JsonResumeFields.CredentialId);
        var url = Text(entry, JsonResumeFields.Url);
        var name = Text(entry, JsonResumeFields.Name);
        var issuer = Text(entry, JsonResumeFields.Issuer);
        return (id is null ? null : Find(c => string.Equals(c.CredentialId, id, StringComparison.Ordinal)))
               ?? (url is null ? null : Find(c => c.VerificationUrl is { } u && SameUrl(u, url)))
               ?? (name is null || issuer is null ? null
                   : Find(c => string.Equals(c.Title.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase) && CertifierPolicies.SameCertifier(c.Provider, issuer)));
    }

    private static string? Text(JsonObject entry, string key) =>
        entry[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text : null;

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('/'), b.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
