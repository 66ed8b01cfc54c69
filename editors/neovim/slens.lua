-- slens language server for Neovim 0.10+ (no plugin needed). Put this file in ~/.config/nvim/plugin/
-- or paste it in init.lua. Needs `slens` on the PATH (npm install --global slens).
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'yaml', 'json', 'terraform', 'hcl' },
  callback = function(args)
    local root = vim.fs.root(args.buf, { '.slens.yml', '.git', 'samconfig.toml', 'cdk.json' }) or vim.fn.getcwd()
    vim.lsp.start({
      name = 'slens',
      cmd = { 'slens', 'lsp', '--stdio' },
      root_dir = root,
      -- lang: 'en' or 'ja'; today pins the date runtime end-of-life checks compare with (optional).
      init_options = { lang = 'en' },
    }, { bufnr = args.buf })
  end,
})
