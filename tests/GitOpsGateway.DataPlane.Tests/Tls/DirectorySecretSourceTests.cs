using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Tests.Tls;

public sealed class DirectorySecretSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dataplane-secret-source-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void a_secret_is_read_from_namespace_and_name_folders()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "infra", "web-cert")).FullName;
        File.WriteAllText(Path.Combine(folder, "tls.crt"), "certificate");
        File.WriteAllText(Path.Combine(folder, "tls.key"), "key");

        var pair = new DirectorySecretSource(_root).Find(new NamespacedName { Namespace = "infra", Name = "web-cert" });

        Assert.NotNull(pair);
        Assert.Equal("certificate"u8.ToArray(), pair.CertificatePem.ToArray());
        Assert.Equal("key"u8.ToArray(), pair.PrivateKeyPem.ToArray());
    }

    [Fact]
    public void a_secret_without_its_key_file_is_not_found()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "infra", "half")).FullName;
        File.WriteAllText(Path.Combine(folder, "tls.crt"), "certificate");

        Assert.Null(new DirectorySecretSource(_root).Find(new NamespacedName { Namespace = "infra", Name = "half" }));
    }

    [Theory]
    [InlineData("..", "etc")]
    [InlineData("infra", "../other")]
    public void names_that_would_leave_the_root_are_not_looked_up(string secretNamespace, string name)
    {
        Assert.Null(new DirectorySecretSource(_root).Find(new NamespacedName { Namespace = secretNamespace, Name = name }));
    }
}
