using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.Testing.Oidc;

/// <summary>A signing key made by the test (RSA 2048 or EC P-256) with its key id; the issuer publishes it or not.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly AsymmetricAlgorithm algorithm;

    private TestSigningKey(AsymmetricAlgorithm algorithm, SecurityKey key, string signingAlgorithm)
    {
        this.algorithm = algorithm;
        Key = key;
        SigningAlgorithm = signingAlgorithm;
    }

    public string KeyId => Key.KeyId;

    public string SigningAlgorithm { get; }

    public SecurityKey Key { get; }

    public SigningCredentials Credentials => new(Key, SigningAlgorithm);

    public static TestSigningKey Rsa(string? keyId = null)
    {
        var rsa = System.Security.Cryptography.RSA.Create(2048);
        return new TestSigningKey(rsa, new RsaSecurityKey(rsa) { KeyId = keyId ?? NewKeyId("rsa") }, SecurityAlgorithms.RsaSha256);
    }

    public static TestSigningKey EllipticCurve(string? keyId = null)
    {
        var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new TestSigningKey(ec, new ECDsaSecurityKey(ec) { KeyId = keyId ?? NewKeyId("ec") }, SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>The public half as a JSON Web Key.</summary>
    public JsonObject ToJwk()
    {
        var jwk = new JsonObject { ["kid"] = KeyId, ["use"] = "sig", ["alg"] = SigningAlgorithm };
        switch (algorithm)
        {
            case System.Security.Cryptography.RSA rsa:
                var rsaParameters = rsa.ExportParameters(includePrivateParameters: false);
                jwk["kty"] = "RSA";
                jwk["n"] = Base64UrlEncoder.Encode(rsaParameters.Modulus);
                jwk["e"] = Base64UrlEncoder.Encode(rsaParameters.Exponent);
                break;
            case ECDsa ec:
                var ecParameters = ec.ExportParameters(includePrivateParameters: false);
                jwk["kty"] = "EC";
                jwk["crv"] = "P-256";
                jwk["x"] = Base64UrlEncoder.Encode(ecParameters.Q.X);
                jwk["y"] = Base64UrlEncoder.Encode(ecParameters.Q.Y);
                break;
        }

        return jwk;
    }

    public void Dispose() => algorithm.Dispose();

    private static string NewKeyId(string kind) => $"{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
