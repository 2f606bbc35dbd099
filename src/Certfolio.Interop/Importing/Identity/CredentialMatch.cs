using Certfolio.Core.Model;

namespace Certfolio.Interop.Importing.Identity;

/// <summary>What a record is to a credential already there: the same credential, or a different one sharing an identifier.</summary>
public abstract record CredentialMatch(Credential Credential);

/// <summary>The evidence agrees: same issuer, a compatible title, and a shared credential ID, verification URL or issue date.
/// <see cref="Evidence"/> names what is shared besides issuer and title: <c>credentialId</c>, <c>verificationUrl</c> or <c>issue date</c>.</summary>
public sealed record SameCredential(Credential Credential, string Evidence) : CredentialMatch(Credential);

/// <summary>
/// The record shares <see cref="SharedKey"/> (<c>credentialId</c>, <c>verificationUrl</c>) with a credential whose title or
/// issuer differ: two credentials, and the document must not be rewritten with the record's values.
/// </summary>
public sealed record ConflictingCredential(Credential Credential, string SharedKey, IReadOnlyList<string> Differences) : CredentialMatch(Credential);
