-- A second real LSP client for the Marginalia server: Neovim 0.7 (headless) starts
-- `node dist/server.js --stdio` on a folder, attaches it to one document, waits for
-- the document's diagnostics and for the folder to be indexed, asks for the hover on a
-- name, prints both and quits.
--
--   MARGINALIA_SERVER=dist/server.js MARGINALIA_FOLDER=seeds \
--   MARGINALIA_FILE=seeds/000_118aedce4f979e2c.txt MARGINALIA_HOVER='Kassym-Jomart Tokayev' \
--   nvim --headless --clean -i NONE -u test/nvim/lsp-check.lua
--
-- Output, one item a line: `LOG <message>` (the server's log messages), `DIAG <line>:<col> <severity> <code> <message>` (1-based),
-- `RELATED <line>:<col> <file>` under a diagnostic, `HOVER <line>:<col> <markdown>`
-- with newlines as ` | `, then `DONE`. Exit status 1 with `ERROR <why>` when a step fails.
local env = vim.env
local function out(line) io.stdout:write(line .. '\n') end
local function fail(why)
  out('ERROR ' .. why)
  vim.cmd('cquit 1')
end
local timeout = tonumber(env.MARGINALIA_TIMEOUT_MS or '20000')

local server, folder, file = env.MARGINALIA_SERVER, env.MARGINALIA_FOLDER, env.MARGINALIA_FILE
if not (server and folder and file) then return fail('set MARGINALIA_SERVER, MARGINALIA_FOLDER and MARGINALIA_FILE') end
folder = vim.fn.fnamemodify(folder, ':p'):gsub('/$', '')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)

local diagnostics, indexed
local client_id = vim.lsp.start_client({
  name = 'marginalia',
  cmd = { env.MARGINALIA_NODE or 'node', server, '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = vim.fn.fnamemodify(folder, ':t') } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if result.uri == uri and #result.diagnostics > 0 then diagnostics = result.diagnostics end
    end,
    -- The server says when it has read the whole folder (hovers count mentions across it).
    ['window/logMessage'] = function(_, result)
      out('LOG ' .. result.message)
      if result.message:match('indexed %d+ documents') then indexed = true end
    end,
    -- Marginalia's own notification (background decorations): nothing to draw here.
    ['marginalia/decorations'] = function() end,
  },
  on_exit = function(code)
    if not diagnostics then out('ERROR the server exited with code ' .. tostring(code)) end
  end,
})
if not client_id then return fail('could not start ' .. server) end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(timeout, function() return diagnostics ~= nil end, 20) then
  return fail('no diagnostics for ' .. file .. ' within ' .. timeout .. ' ms')
end
if not vim.wait(timeout, function() return indexed end, 20) then
  return fail('the server did not log "indexed N documents" within ' .. timeout .. ' ms')
end
local severities = { 'error', 'warning', 'information', 'hint' }
table.sort(diagnostics, function(a, b) return a.range.start.line < b.range.start.line end)
for _, d in ipairs(diagnostics) do
  local s = d.range.start
  out(string.format('DIAG %d:%d %s %s %s', s.line + 1, s.character + 1, severities[d.severity] or '?', tostring(d.code), d.message))
  for _, r in ipairs(d.relatedInformation or {}) do
    local p = r.location.range.start
    out(string.format('RELATED %d:%d %s %s', p.line + 1, p.character + 1, vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ':t'), r.message))
  end
end

-- The hover on the first occurrence of MARGINALIA_HOVER (UTF-16 column, as LSP counts).
local name = env.MARGINALIA_HOVER
if name then
  local line, col
  for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = text:find(name, 1, true)
    if at then
      line, col = i - 1, vim.str_utfindex(text, at - 1)
      break
    end
  end
  if not line then return fail('"' .. name .. '" is not in ' .. file) end
  local client = vim.lsp.get_client_by_id(client_id)
  local params = { textDocument = { uri = uri }, position = { line = line, character = col + 1 } }
  local response, err = client.request_sync('textDocument/hover', params, timeout, buf)
  if not response then return fail('hover: ' .. tostring(err)) end
  if response.err then return fail('hover: ' .. vim.inspect(response.err)) end
  local contents = response.result and response.result.contents
  local value = type(contents) == 'table' and (contents.value or contents[1]) or contents
  if not value then return fail('no hover at ' .. (line + 1) .. ':' .. (col + 2)) end
  out(string.format('HOVER %d:%d %s', line + 1, col + 2, (value:gsub('\n+', ' | '))))
end

out('DONE')
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qa!')
