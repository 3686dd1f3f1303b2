using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Configuration;

public sealed class ConnectionSettingsResolverTests : IDisposable
{
    private readonly TemporaryFolder home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public void Flag_wins_over_environment_which_wins_over_the_config_file()
    {
        WriteDefaultConfig("server: https://from-file.example\ntoken: file-token\n");

        var fromFlag = Resolve("https://from-flag.example", "flag-token", ("GGCTL_SERVER", "https://from-env.example"), ("GGCTL_TOKEN", "env-token"));
        var fromEnvironment = Resolve(null, null, ("GGCTL_SERVER", "https://from-env.example"), ("GGCTL_TOKEN", "env-token"));
        var fromFile = Resolve(null, null);

        Assert.Equal(("https://from-flag.example", "flag-token"), (fromFlag.Server.Value, fromFlag.Token.Value));
        Assert.Equal((SettingSource.Flag, "--server"), (fromFlag.Server.Source, fromFlag.Server.Origin));
        Assert.Equal(("https://from-env.example", "env-token"), (fromEnvironment.Server.Value, fromEnvironment.Token.Value));
        Assert.Equal("env GGCTL_TOKEN", fromEnvironment.Token.Provenance);
        Assert.Equal(("https://from-file.example", "file-token"), (fromFile.Server.Value, fromFile.Token.Value));
        Assert.Equal($"file {DefaultConfigPath}:2", fromFile.Token.Provenance);
    }

    [Fact]
    public void Each_setting_falls_back_on_its_own()
    {
        WriteDefaultConfig("server: https://from-file.example\ntoken: file-token\n");

        var settings = Resolve(null, "flag-token");

        Assert.Equal(SettingSource.ConfigFile, settings.Server.Source);
        Assert.Equal(SettingSource.Flag, settings.Token.Source);
        Assert.Equal(new Uri("https://from-file.example"), settings.ServerUri);
    }

    [Fact]
    public void An_empty_environment_variable_counts_as_unset()
    {
        WriteDefaultConfig("server: https://from-file.example\n");

        var settings = Resolve(null, null, ("GGCTL_SERVER", string.Empty));

        Assert.Equal(SettingSource.ConfigFile, settings.Server.Source);
    }

    [Fact]
    public void Without_any_source_both_settings_are_unset_and_the_default_file_is_reported_missing()
    {
        var settings = Resolve(null, null);

        Assert.False(settings.Server.IsSet);
        Assert.False(settings.Token.IsSet);
        Assert.Null(settings.ServerUri);
        Assert.False(settings.ConfigFileFound);
        Assert.Equal((DefaultConfigPath, SettingSource.Default), (settings.ConfigFile.Value, settings.ConfigFile.Source));
    }

    [Fact]
    public void GGCTL_CONFIG_names_the_file_and_must_exist()
    {
        var custom = home.Write("elsewhere/ggctl.yaml", "token: custom\n");

        var settings = Resolve(null, null, ("GGCTL_CONFIG", custom));
        var missing = Assert.Throws<CliException>(() => Resolve(null, null, ("GGCTL_CONFIG", custom + ".missing")));

        Assert.Equal("custom", settings.Token.Value);
        Assert.True(settings.ConfigFileFound);
        Assert.Contains(custom + ".missing", missing.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrInput, missing.ExitCode);
    }

    [Fact]
    public void XDG_CONFIG_HOME_moves_the_default_file_when_it_is_an_absolute_path()
    {
        home.Write("xdg/ggctl/config.yaml", "token: xdg\n");

        var settings = Resolve(null, null, ("XDG_CONFIG_HOME", Path.Combine(home.Path, "xdg")));
        var relativeIgnored = Resolve(null, null, ("XDG_CONFIG_HOME", "xdg"));

        Assert.Equal("xdg", settings.Token.Value);
        Assert.Equal(DefaultConfigPath, relativeIgnored.ConfigFile.Value);
    }

    [Theory]
    [InlineData("server: [a, b]\n", ":1: 'server' must be a single value.")]
    [InlineData("sever: https://typo.example\n", ":1: unknown key 'sever'; the config file holds only 'server' and 'token' (and the login-* keys 'ggctl login' writes).")]
    [InlineData("token: ok\nserver: \"unterminated\n", "the config file is not valid YAML")]
    [InlineData("- just\n- a list\n", ":1: the config file must be a mapping")]
    public void A_malformed_config_file_is_an_error_located_at_its_line(string text, string message)
    {
        WriteDefaultConfig(text);

        var exception = Assert.Throws<CliException>(() => Resolve(null, null));

        Assert.StartsWith(DefaultConfigPath, exception.Message, StringComparison.Ordinal);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_config_file_sets_nothing()
    {
        WriteDefaultConfig(string.Empty);

        var settings = Resolve(null, null);

        Assert.True(settings.ConfigFileFound);
        Assert.False(settings.Server.IsSet);
    }

    [Theory]
    [InlineData("gateway.example:9443")]
    [InlineData("ftp://gateway.example")]
    [InlineData("/relative/path")]
    public void A_server_that_is_not_an_http_url_is_refused_naming_where_it_came_from(string server)
    {
        var exception = Assert.Throws<CliException>(() => Resolve(null, null, ("GGCTL_SERVER", server)));

        Assert.Equal($"The server '{server}' (env GGCTL_SERVER) is not an http:// or https:// URL.", exception.Message);
    }

    private string DefaultConfigPath => Path.Combine(home.Path, ".config", "ggctl", "config.yaml");

    private void WriteDefaultConfig(string text) => home.Write(".config/ggctl/config.yaml", text);

    private ConnectionSettings Resolve(string? serverFlag, string? tokenFlag, params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(variable => variable.Name, variable => variable.Value);
        var environment = new CliEnvironment(name => values.GetValueOrDefault(name), home.Path, TimeProvider.System);
        return ConnectionSettingsResolver.Resolve(serverFlag, tokenFlag, environment);
    }
}
